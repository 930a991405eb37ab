"""Execute examples/leningrad_2018.ipynb in a real Jupyter kernel, as a reader would.

The notebook is stored without outputs; here it runs top to bottom in the
``python3`` kernel (ipykernel in this virtualenv), in the examples folder, and
any cell error fails the test. Its rich displays are checked too: the audit
result and the model objects show as HTML, the plots as PNG images.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbclient
import nbformat
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NOTEBOOK = EXAMPLES / "leningrad_2018.ipynb"


@pytest.fixture
def jupyter_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep Jupyter's runtime files and user kernelspecs out of the home directory."""
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("JUPYTER_PATH", raising=False)


def _read() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]


def _outputs(cell: Any) -> list[Any]:
    return [o for o in cell.outputs if o.output_type in ("execute_result", "display_data")]


def test_notebook_is_stored_without_outputs() -> None:
    notebook = _read()
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.usefixtures("jupyter_dirs")
def test_notebook_runs_and_shows_html_and_plots() -> None:
    notebook = _read()
    # One more cell, in memory only: the kernel must run in this virtualenv.
    probe_source = "import sys\nprint(sys.prefix)"
    notebook.cells.append(nbformat.v4.new_code_cell(probe_source))  # type: ignore[no-untyped-call]
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        startup_timeout=60,
        allow_errors=False,
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    *code, probe = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert probe.outputs[0].text.strip() == sys.prefix
    assert all(cell.execution_count is not None for cell in code)
    errors = [o for cell in code for o in cell.outputs if o.output_type == "error"]
    assert errors == []

    def shown(source_start: str) -> set[str]:
        cell = next(c for c in code if c.source.startswith(source_start))
        return {kind for output in _outputs(cell) for kind in output.data}

    assert "text/html" in shown("report = regionrel.TradeReport.from_text")
    assert "text/html" in shown("relations = found.relations()")
    assert "text/html" in shown("partners = regionrel.PartnerStructure")
    assert "image/png" in shown("plot_trade_series(")
    assert "image/png" in shown("plot_partner_shares(")
    summary = next(c for c in code if "summary(2018)" in c.source)
    text = "".join(o.text for o in summary.outputs if o.output_type == "stream")
    assert "delegations of the Fergana and Bukhara Regions" in text
