"""The audit on the corpus's hand-read figures, every statement of every figure kept.

:mod:`tests.test_corpus_data` audits the first statement of each keyword figure; here
the report holds every statement (a headline and a body that disagree are both kept),
and the figures the audit learned since (a flow's share of turnover, a fall as a
multiple, a change as an amount). No consistent paragraph may be flagged; each error
the audit can state, and each conflict between statements, must be found.
"""

from __future__ import annotations

import pytest

from regionrel.audit import FigureKey, TradeReport
from tests.corpus.model import Paragraph
from tests.corpus.paragraphs import PARAGRAPHS

_FOUND = ("arithmetic", "scale", "conflict")


def _report(paragraph: Paragraph) -> TradeReport:
    return TradeReport.from_statements(
        [(FigureKey.parse(f.name), f.value) for f in paragraph.figures if not f.qualifier],
        currency=paragraph.currency,
        scale=paragraph.scale,
    )


def test_every_corpus_figure_name_is_a_key() -> None:
    names = {f.name for p in PARAGRAPHS for f in p.figures}
    assert {str(FigureKey.parse(name)) for name in names} == names


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=[p.id for p in PARAGRAPHS])
def test_every_statement_audits_as_the_verdict_says(paragraph: Paragraph) -> None:
    report = _report(paragraph)
    result = report.audit()
    wrong = [
        e
        for e in paragraph.reporter_errors
        if (e.audit or e.kind == "conflict") and e.kind in _FOUND
    ]
    if not paragraph.reporter_errors:
        assert result.ok, str(result)
        return
    if not wrong:
        return
    assert not result.ok, str(result)
    suspected = {str(key) for name in set().union(*result.suspects) for key in [_key(name)]}
    for error in wrong:
        assert error.figure in suspected, (error.figure, str(result))


def _key(statement: str) -> FigureKey:
    return FigureKey.parse(statement.partition("#")[0])


def test_a_headline_and_a_body_that_disagree_are_both_cited() -> None:
    karelia = next(p for p in PARAGRAPHS if p.id == "ru-karelia-2018-q1")
    result = _report(karelia).audit()
    (finding,) = result.errors
    assert finding.rule == "same:exports_ratio"
    assert "exports growth is stated" in finding.message
    assert len(finding.figures) >= 2
