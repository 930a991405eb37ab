"""How does extract's time grow with the length of untrusted text? (issue 18)

Prints, for each pathological input of tests/test_linear_time.py, the CPU time of
``extract`` on 10 KB, 100 KB and 1 MB and the growth of each step (10 is linear), and
the time of 1 MB of report prose: the seed sentence repeated, and the corpus's "dev"
paragraphs (English and Russian) repeated in order and shuffled. Each 1 MB figure is
the process's CPU time with the wall-clock time beside it (on a shared machine the two
differ; the CPU time is the reader's own, and the target of under 2 s is judged on it).

Run: ``.venv/bin/python benchmarks/bench_text_scale.py`` (a few minutes).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _harness import Row
from tests.corpus.paragraphs import DEV
from tests.test_linear_time import PATHOLOGICAL, _text

from regionrel import extract

_PROSE = (
    "In 2018, exports of the Leningrad Region amounted to 7,109 million US dollars and "
    "increased by 25.7%; imports amounted to 4,115.9 million US dollars. "
)
_MB = 1_000_000


def _cpu(text: str, locale: str) -> tuple[float, float]:
    """CPU and wall seconds of one extract of *text*."""
    start, cpu = time.perf_counter(), time.process_time()
    extract(text, locale=locale)
    return time.process_time() - cpu, time.perf_counter() - start


def _shuffled(paragraphs: list[str], size: int) -> str:
    """Paragraphs drawn in a random (seeded) order until the text is *size* long."""
    pick = random.Random(18)
    out: list[str] = []
    length = 0
    while length < size:
        paragraph = pick.choice(paragraphs)
        out.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(out)[:size]


def run() -> list[Row]:
    """Print the growth of each input and the 1 MB times; return the 1 MB times."""
    rows: list[Row] = []
    texts: dict[str, tuple[str, str]] = {}
    for name, unit in sorted(PATHOLOGICAL.items()):
        locale = "ru" if unit[0] in "экспорт" else "en"
        times = [
            min(_cpu(_text(unit, size), locale)[0] for _ in range(2)) for size in (10_000, 100_000)
        ]
        texts[f"{name} (x{times[1] / max(times[0], 1e-4):4.1f} from 10 to 100 KB)"] = (
            _text(unit, _MB),
            locale,
        )
    texts["report prose (seed sentence)"] = (_text(_PROSE, _MB), "en")
    for lang in ("en", "ru"):
        paragraphs = [p.text for p in DEV if p.language == lang]
        texts[f"corpus dev paragraphs ({lang})"] = (
            _text("\n\n".join(paragraphs) + "\n\n", _MB),
            lang,
        )
        texts[f"corpus dev paragraphs shuffled ({lang})"] = (_shuffled(paragraphs, _MB), lang)
    for name, (text, lang) in texts.items():
        hundred = min(_cpu(text[: _MB // 10], lang)[0] for _ in range(2))
        cpu, wall = _cpu(text, lang)
        print(
            f"  1 MB of {name}: {cpu:.2f} s CPU ({wall:.2f} s wall); "
            f"x{cpu / max(hundred, 1e-4):4.1f} from 100 KB"
        )
        rows.append(Row(f"extract 1 MB of {name}", cpu, target="< 2 s CPU", ok=cpu < 2))
    return rows


if __name__ == "__main__":
    from _harness import print_rows

    print_rows(run())
