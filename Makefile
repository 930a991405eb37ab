# Every target creates .venv when it is missing and installs what it needs into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest docs bench bench-scale clean fuzz mutation

$(STAMP): pyproject.toml requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/leningrad_2018.py

test: lint typecheck docs pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest --cov --cov-report=term -p no:cacheprovider

# The documentation site, with every warning an error; the output goes to site/ (ignored by git).
docs: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet --site-dir site

# The slow Hypothesis profile: 200,000+ generated inputs over every public callable, the
# methods and operators of the values, and the audit of reports with one to three typos
# (FUZZ_EXAMPLES per target, 1100 unless set). FUZZ_LOG=<file> writes every escape there
# and goes on instead of stopping at the first (tests/fuzzing.py). Hours on a busy machine.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -p no:cacheprovider -q tests/test_fuzz*.py

# Mutation testing: mutmut over money, periods, reported, trade and audit ([tool.mutmut] in
# pyproject.toml), then the score per module that docs/mutation.md publishes. About an
# hour on two cores, so not part of make test; a second run retests only what changed.
mutation: $(STAMP)
	$(BIN)/mutmut run --max-children 2
	$(BIN)/python benchmarks/mutation_score.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# regionrel.columnar against hand-written polars and pandas code on 1e5, 1e6 and 1e7
# synthetic flows: time and peak memory of each, in fresh processes, at low priority
# (minutes, and about 6 GB at 1e7). DASK_ROWS=1e8 adds a Dask run over Parquet files.
DASK_ROWS ?= 0
bench-scale: $(STAMP)
	nice $(BIN)/python benchmarks/bench_columnar.py 1e5 1e6 1e7 --dask $(DASK_ROWS)

clean:
	rm -rf $(VENV) .coverage .hypothesis .mypy_cache .ruff_cache .pytest_cache mutants
