"""Reading a seed-sized text: extract() and report_from_text(), against the 5 ms target."""

from __future__ import annotations

from pathlib import Path

from _harness import Row, per_call

import regionrel.text.lookup as lookup
import regionrel.text.phrase_readings as phrase_readings
import regionrel.text.reader as reader
from regionrel.text import extract, report_from_text

_SEED = Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.txt"


def _cold(text: str) -> None:
    # Clear the in-memory look-up memos, so that a first reading of a new text is timed.
    reader._sentence_regions.cache_clear()
    for memo in (
        phrase_readings.period_of_text,
        phrase_readings.period_reading,
        phrase_readings.chunk_subject,
        phrase_readings.currency_code,
        phrase_readings.scale_of,
    ):
        memo.cache_clear()
    lookup._find.cache_clear()
    extract(text)


def run() -> list[Row]:
    """Time extract() and report_from_text() on the seed (about 2,700 characters)."""
    text = _SEED.read_text(encoding="utf-8")
    extract(text)  # build the gazetteer and compile the patterns once
    cold = per_call(lambda: _cold(text), repeat=5)
    warm = per_call(lambda: extract(text), repeat=5)
    report = per_call(lambda: report_from_text(text), repeat=5)
    return [
        Row("extract(seed), look-up memos cleared", cold, target="< 5 ms", ok=cold < 5e-3),
        Row("extract(seed), memos warm", warm, target="< 5 ms", ok=warm < 5e-3),
        Row("report_from_text(seed)", report, target="< 5 ms", ok=report < 5e-3),
    ]
