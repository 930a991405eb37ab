"""The reader on the corpus of real paragraphs (tests/corpus): thresholds that must hold.

The figures are measured as ``benchmarks/bench_reader_corpus.py`` measures them (the
same quantity for "104.9%" as an index and "+4.9%" as a growth; amounts in units),
counting every statement of a figure ("exports#2" is a statement of "exports") and the
figures the audit now holds beside its keywords (``CORPUS_NAMES``: flows' shares, falls,
absolute changes).
Rules are written against the dev split only; the test split measures them. The
thresholds are today's figures less a small margin, so that a change that reads the
corpus worse fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from regionrel import Reported, TradeReport
from tests.corpus.model import AUDIT_NAMES, CORPUS_NAMES, Paragraph
from tests.corpus.paragraphs import DEV, TEST


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_reader_corpus.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench_reader_corpus", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


BENCH = _bench()


def _measure(paragraphs: tuple[Paragraph, ...]) -> dict[str, int]:
    counts = {"expected": 0, "found": 0, "read": 0, "right": 0, "consistent": 0, "alarms": 0}
    for paragraph in paragraphs:
        expected = BENCH.expected_keys(paragraph)
        qualified = {
            BENCH._loose(
                BENCH.quantity(
                    f.name, Reported.parse(f.value), paragraph.scale, paragraph.currency
                )
            )
            for f in paragraph.figures
            if f.qualifier
        }
        report = TradeReport.from_text(paragraph.text, locale=paragraph.language)
        matched: set[tuple[str, str, object, object]] = set()
        for statement_name, figure in report.figures:
            name = statement_name.split("#")[0]
            if name not in AUDIT_NAMES | CORPUS_NAMES:
                continue
            counts["read"] += 1
            key = BENCH.quantity(name, figure, report.scale, report.currency)
            if BENCH._approximately(key, expected, qualified):
                counts["right"] += 1
                matched.update(
                    e
                    for e in expected
                    if e == key
                    or (BENCH._loose(e) == BENCH._loose(key) and e[2] <= key[3] and key[2] <= e[3])
                )
        counts["expected"] += len(expected)
        counts["found"] += len(matched)
        if not paragraph.errors:  # (as the benchmark counts false alarms)
            counts["consistent"] += 1
            counts["alarms"] += int(not report.audit().ok)
    return counts


@pytest.mark.parametrize(
    ("split", "language", "recall", "precision", "alarms"),
    # today's measure less a small margin (299 paragraphs; see tests/corpus/README.md)
    [
        ("dev", "all", 0.95, 0.99, 0),
        ("test", "all", 0.93, 0.99, 0),
        ("dev", "ru", 0.93, 0.99, 0),
        ("test", "ru", 0.93, 0.99, 0),
        ("dev", "en", 0.97, 0.99, 0),
        ("test", "en", 0.93, 0.99, 0),
    ],
)
def test_the_reader_on_the_corpus(
    split: str, language: str, recall: float, precision: float, alarms: int
) -> None:
    paragraphs = DEV if split == "dev" else TEST
    counts = _measure(tuple(p for p in paragraphs if language in ("all", p.language)))
    assert counts["found"] / counts["expected"] >= recall, counts
    assert counts["right"] / counts["read"] >= precision, counts
    assert counts["alarms"] <= alarms, counts
