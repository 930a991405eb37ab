"""Every paragraph of the reader corpus, Russian and English, in one tuple.

The split of each paragraph is fixed by its id (:func:`tests.corpus.model.split_of`):
the first byte of ``sha256("corpus-28:" + id)`` below 179 is "dev" (about 70%),
otherwise "test". Rule writers look only at ``DEV``; ``TEST`` measures them.
"""

from __future__ import annotations

from tests.corpus.model import Paragraph
from tests.corpus.paragraphs_en import ENGLISH
from tests.corpus.paragraphs_en2 import ENGLISH_2
from tests.corpus.paragraphs_en3 import ENGLISH_3
from tests.corpus.paragraphs_en4 import ENGLISH_4
from tests.corpus.paragraphs_en5 import ENGLISH_5
from tests.corpus.paragraphs_en6 import ENGLISH_6, ENGLISH_6_FINAL
from tests.corpus.paragraphs_en7 import ENGLISH_7, ENGLISH_7_FINAL
from tests.corpus.paragraphs_ru import RUSSIAN
from tests.corpus.paragraphs_ru2 import RUSSIAN_2
from tests.corpus.paragraphs_ru3 import RUSSIAN_3
from tests.corpus.paragraphs_ru4 import RUSSIAN_4
from tests.corpus.paragraphs_ru5 import RUSSIAN_5
from tests.corpus.paragraphs_ru6 import RUSSIAN_6
from tests.corpus.paragraphs_ru7 import RUSSIAN_7
from tests.corpus.paragraphs_ru8 import RUSSIAN_8
from tests.corpus.paragraphs_ru9 import RUSSIAN_9
from tests.corpus.paragraphs_ru10 import RUSSIAN_10, RUSSIAN_10_FINAL
from tests.corpus.paragraphs_ru11 import RUSSIAN_11, RUSSIAN_11_FINAL, RUSSIAN_11_FINAL_2
from tests.corpus.paragraphs_ru12 import RUSSIAN_12, RUSSIAN_12_FINAL
from tests.corpus.paragraphs_ru13 import RUSSIAN_13, RUSSIAN_13_FINAL

__all__ = ["DEV", "PARAGRAPHS", "TEST"]

PARAGRAPHS: tuple[Paragraph, ...] = (
    RUSSIAN
    + RUSSIAN_2
    + RUSSIAN_3
    + RUSSIAN_4
    + RUSSIAN_5
    + RUSSIAN_6
    + RUSSIAN_7
    + RUSSIAN_9
    + RUSSIAN_8
    + RUSSIAN_11
    + RUSSIAN_11_FINAL
    + RUSSIAN_11_FINAL_2
    + RUSSIAN_10
    + RUSSIAN_10_FINAL
    + RUSSIAN_12
    + RUSSIAN_12_FINAL
    + RUSSIAN_13
    + RUSSIAN_13_FINAL
    + ENGLISH
    + ENGLISH_2
    + ENGLISH_3
    + ENGLISH_4
    + ENGLISH_6
    + ENGLISH_6_FINAL
    + ENGLISH_5
    + ENGLISH_7
    + ENGLISH_7_FINAL
)
DEV: tuple[Paragraph, ...] = tuple(p for p in PARAGRAPHS if p.split == "dev")
TEST: tuple[Paragraph, ...] = tuple(p for p in PARAGRAPHS if p.split == "test")
