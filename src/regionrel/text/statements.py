"""Trade statements read over tokens and lemmas, each attributed: :func:`read_statements`.

Every figure of a trade paragraph (an amount, a change in percent, an index, a
multiple, a share, an absolute change, a count) becomes a :class:`Statement` with its
*entity* (the reporter, a partner country, a partner group such as the CIS, the
country as a whole, a goods group), its *measure*, its *flow*, its *period* (the main
one, the previous one, or another) and its span. Nothing is dropped: what is not the
reporter's main-period figure is kept with the entity and period it belongs to, and
:func:`regionrel.text.report_from_text` takes only the reporter's value figures.

The stock phrases are written once over lemmas, so word forms do not matter
("экспорт вырос", "экспорта", "увеличившись"; "exports rose", "grew", "up").
The reader runs in time linear in the text: each sentence is tokenized once and each
figure looks back over a bounded window of tokens.
"""

from __future__ import annotations

from decimal import localcontext

from regionrel._numbers import EXACT
from regionrel.text.attribution import StatementReader
from regionrel.text.main_year import main_year
from regionrel.text.places import PlaceMention, read_places
from regionrel.text.statement_model import Entity, Measure, Statement, TimeRole

__all__ = ["Entity", "Measure", "Statement", "TimeRole", "main_year", "read_statements"]


def read_statements(text: str, *, locale: str = "en") -> tuple[Statement, ...]:
    """Read every trade figure of *text*, attributed to an entity, measure, flow and period.

    Args:
        text: a trade paragraph as published.
        locale: ``"en"`` or ``"ru"``: the language (the number format is decided
            per document, see :mod:`regionrel.text.amounts`).

    >>> [(s.entity.value, s.flow.value, s.figure.text) for s in read_statements(
    ...     "Trade with Russia rose 19.5 percent. The region's exports were 2.59 billion U.S. dollars.")]
    [('partner', 'turnover', '19.5'), ('reporter', 'exports', '2.59')]

    A flow with no subject in a text that so far told only one partner's trade is that
    partner's (the reporter cannot be told to be meant):

    >>> [(s.entity.value, s.entity_name, s.flow.value) for s in read_statements(
    ...     "Trade with Russia rose 19.5 percent. Exports were 2.59 billion U.S. dollars.")]
    [('partner', 'Russia', 'turnover'), ('partner', 'Russia', 'exports')]
    """
    # Exact arithmetic whatever the caller's decimal context is.
    with localcontext(EXACT):
        return tuple(StatementReader(text, locale).read())


def read_statements_and_places(
    text: str, *, locale: str = "en"
) -> tuple[tuple[Statement, ...], tuple[PlaceMention, ...]]:
    """:func:`read_statements` and the places of *text*
    (:func:`regionrel.text.places.read_places`), over one tokenization.

    >>> statements, places = read_statements_and_places(
    ...     "Экспорт вырос на 7,6%. Область заняла 2-е место в СЗФО по экспорту.", locale="ru")
    >>> len(statements), [(p.position, p.group) for p in places]
    (1, [(2, 'СЗФО')])
    """
    with localcontext(EXACT):
        reader = StatementReader(text, locale)
        statements = tuple(reader.read())
        return statements, read_places(reader.tokens, reader.lemmas, locale=locale)
