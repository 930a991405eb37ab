"""How does extract's time grow with the length of untrusted text? (issue 18)

Prints, for each pathological input of tests/test_linear_time.py, the best of three
times of ``extract`` on 10 KB and 100 KB and their ratio (10 is linear), and the time
of 1 MB of report prose: the seed sentence repeated, and the corpus's "dev" paragraphs
(English and Russian) repeated. Each 1 MB figure is wall-clock time, with the process's
CPU time beside it (on a shared machine the two differ; the CPU time is the reader's own).

Run: ``.venv/bin/python benchmarks/bench_text_scale.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _harness import Row
from tests.corpus.paragraphs import DEV
from tests.test_linear_time import PATHOLOGICAL, _best, _text

from regionrel import extract

_PROSE = (
    "In 2018, exports of the Leningrad Region amounted to 7,109 million US dollars and "
    "increased by 25.7%; imports amounted to 4,115.9 million US dollars. "
)


def run() -> list[Row]:
    """Print the growth of each input and the 1 MB times; return the 1 MB times."""
    for name, unit in sorted(PATHOLOGICAL.items()):
        locale = "ru" if unit[0] in "экспорт" else "en"
        small = _best(_text(unit, 10_000), locale)
        large = _best(_text(unit, 100_000), locale)
        print(
            f"  {name:<16} 10 KB {small * 1000:8.1f} ms  100 KB {large * 1000:8.1f} ms  x{large / small:5.1f}"
        )
    texts = {"report prose (seed sentence)": (_PROSE, "en")}
    for lang in ("en", "ru"):
        unit = "\n\n".join(p.text for p in DEV if p.language == lang) + "\n\n"
        texts[f"corpus dev paragraphs ({lang})"] = (unit, lang)
    rows: list[Row] = []
    for name, (unit, lang) in texts.items():
        text = _text(unit, 1_000_000)
        start, cpu = time.perf_counter(), time.process_time()
        extract(text, locale=lang)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"  1 MB of {name}: {seconds:.2f} s wall, {cpu:.2f} s CPU")
        rows.append(Row(f"extract 1 MB of {name}", seconds, target="< 2 s", ok=seconds < 2))
    return rows


if __name__ == "__main__":
    from _harness import print_rows

    print_rows(run())
