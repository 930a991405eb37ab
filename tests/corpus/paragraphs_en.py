"""English paragraphs of the reader corpus (see :mod:`tests.corpus.model`).

Every text is our own wording of a published paragraph: the sentences are rebuilt,
the figures, their number formats and the constructions that make reading hard are
kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Paragraph

__all__ = ["ENGLISH"]

ENGLISH: tuple[Paragraph, ...] = ()
