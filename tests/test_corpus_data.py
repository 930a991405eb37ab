"""The reader corpus itself: well-formed records, figures that parse, and sound arithmetic.

The audit is sound on hand-read figures (issue 15), so it checks the corpus: each
paragraph without an error the audit can state must audit clean from its expected
figures, and each paragraph with one must be flagged with the wrong figure among the
suspects. Shares of turnover, which the audit cannot hold yet, are checked here by
interval arithmetic.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import FigureKind, Reported, TradeReport
from tests.corpus.model import AUDIT_NAMES, CORPUS_NAMES, Paragraph, split_of
from tests.corpus.paragraphs import DEV, PARAGRAPHS, TEST

_ID = re.compile(r"(?P<language>ru|en)-[a-z0-9]+(?:-[a-z0-9]+)*")
_SCALES = frozenset({"unit", "thousand", "million", "billion", "trillion"})
_QUALIFIERS = frozenset({"", "about", "over", "under", "almost"})
_KINDS = frozenset({"arithmetic", "conflict", "scale", "currency", "period", "garbled", "item"})
_AMOUNTS = frozenset(
    {"turnover", "exports", "imports", "balance"}
    | {f"{flow}_previous" for flow in ("turnover", "exports", "imports", "balance")}
    | {f"{flow}_change" for flow in ("turnover", "exports", "imports", "balance")}
)
_MULTIPLES = frozenset({"turnover_fall", "exports_fall", "imports_fall"})
_SHARES = frozenset({"exports_share", "imports_share"})


def _ids(paragraphs: tuple[Paragraph, ...]) -> list[str]:
    return [p.id for p in paragraphs]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _audit_figures(paragraph: Paragraph) -> dict[str, str]:
    """The first statement of each keyword figure that is a rounded value, not a bound."""
    figures: dict[str, str] = {}
    for fig in paragraph.figures:
        if fig.name in AUDIT_NAMES and not fig.qualifier:
            figures.setdefault(fig.name, fig.value)
    return figures


def test_the_corpus_is_large_and_varied_enough() -> None:
    assert len(PARAGRAPHS) >= 60
    assert len({p.region for p in PARAGRAPHS}) >= 25
    assert len({p.year for p in PARAGRAPHS if p.year is not None}) >= 10
    languages = Counter(p.language for p in PARAGRAPHS)
    assert set(languages) == {"ru", "en"}
    assert 0.55 <= languages["ru"] / len(PARAGRAPHS) <= 0.8
    assert len({p.country for p in PARAGRAPHS}) >= 4
    assert sum(1 for p in PARAGRAPHS if p.errors) >= 5


def test_ids_are_unique() -> None:
    assert [i for i, n in Counter(_ids(PARAGRAPHS)).items() if n > 1] == []


def test_the_split_follows_the_stated_rule_and_holds_both_languages() -> None:
    assert (
        tuple(p for p in PARAGRAPHS if p.split == "dev")
        + tuple(p for p in PARAGRAPHS if p.split == "test")
        == DEV + TEST
    )
    assert set(_ids(DEV)).isdisjoint(_ids(TEST))
    for paragraph in PARAGRAPHS:
        assert paragraph.split == split_of(paragraph.id)
    assert 0.6 <= len(DEV) / len(PARAGRAPHS) <= 0.8
    assert {p.language for p in TEST} == {"ru", "en"}


@given(st.text(max_size=40))
def test_the_split_rule_is_a_function_of_the_id(paragraph_id: str) -> None:
    assert split_of(paragraph_id) == split_of(str(paragraph_id)) in ("dev", "test")


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=_ids(PARAGRAPHS))
def test_each_record_is_well_formed(paragraph: Paragraph) -> None:
    match = _ID.fullmatch(paragraph.id)
    assert match is not None
    assert match["language"] == paragraph.language
    assert re.fullmatch(r"[A-Z]{2}", paragraph.country)
    assert re.fullmatch(r"[A-Z]{3}", paragraph.currency)
    assert paragraph.scale in _SCALES
    assert paragraph.region.strip()
    assert paragraph.period.strip()
    assert paragraph.year is None or 1990 <= paragraph.year <= 2026
    if paragraph.source_url:
        assert re.fullmatch(r"https?://\S+", paragraph.source_url)
    else:
        assert "No address" in paragraph.note
    assert len(paragraph.text) >= 100
    if paragraph.language == "ru":
        assert re.search(r"[а-яё]", paragraph.text)
    else:
        assert not re.search(r"[а-яё]", paragraph.text, re.IGNORECASE)


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=_ids(PARAGRAPHS))
def test_each_figure_is_stated_in_the_text_and_parses(paragraph: Paragraph) -> None:
    for fig in paragraph.figures:
        assert fig.name in AUDIT_NAMES | CORPUS_NAMES, fig
        assert fig.qualifier in _QUALIFIERS, fig
        for piece in fig.published.split(" ... "):
            assert piece in paragraph.text, fig
        reported = Reported.parse(fig.value)
        if fig.name in _AMOUNTS or fig.name == "partner_count":
            assert reported.kind is FigureKind.NUMBER, fig
        elif fig.name in _MULTIPLES:
            assert reported.kind is FigureKind.MULTIPLE, fig
        else:
            assert reported.kind in (FigureKind.PERCENT, FigureKind.MULTIPLE), fig
        published = _digits(fig.published).strip("0")
        value = _digits(fig.value).strip("0")
        if published:
            # The value keeps the published digits (leading and trailing zeros aside; a
            # part in words, as in "five billion 186,9", leaves the digits a part of it).
            assert value in published or published in value, fig


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=_ids(PARAGRAPHS))
def test_each_item_and_error_is_well_formed(paragraph: Paragraph) -> None:
    for item in paragraph.items:
        assert item.entity, item
        assert item.measure, item
        assert item.text in paragraph.text, item
    names = {fig.name for fig in paragraph.figures}
    for error in paragraph.errors:
        assert error.kind in _KINDS, error
        assert error.reason, error
        assert error.published, error
        assert error.expected, error
        if error.figure.startswith("item:"):
            assert error.kind == "item", error
            assert not error.audit, error
        else:
            assert error.figure in AUDIT_NAMES | CORPUS_NAMES, error
        if error.audit:
            assert error.kind in ("arithmetic", "scale"), error
            assert error.figure in names, error
            assert set(error.alternatives) <= names, error


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=_ids(PARAGRAPHS))
def test_the_audit_agrees_with_the_verdict(paragraph: Paragraph) -> None:
    figures = _audit_figures(paragraph)
    if not figures:
        return
    report = TradeReport(
        **figures,  # type: ignore[arg-type]
        currency=paragraph.currency,
        scale=paragraph.scale,
    )
    result = report.audit()
    wrong = [e for e in paragraph.reporter_errors if e.audit]
    if not wrong:
        assert result.ok, result.findings
        return
    assert not result.ok
    suspected = set().union(*result.suspects)
    for error in wrong:
        assert error.figure in suspected, (error.figure, result.suspects)


def _interval(text: str, *, fraction: bool = False) -> tuple[Decimal, Decimal]:
    reported = Reported.parse(text)
    return reported.as_fraction() if fraction else reported.interval


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=_ids(PARAGRAPHS))
def test_shares_of_turnover_agree_with_the_amounts(paragraph: Paragraph) -> None:
    figures = {f.name: f.value for f in paragraph.figures if not f.qualifier}
    shares = {name: _interval(figures[name], fraction=True) for name in _SHARES & set(figures)}
    if len(shares) == 2:
        low = sum(lo for lo, _ in shares.values())
        high = sum(hi for _, hi in shares.values())
        assert low <= 1 <= high, shares
    if "turnover" not in figures:
        return
    t_lo, t_hi = _interval(figures["turnover"])
    for name, (s_lo, s_hi) in shares.items():
        flow = name.removesuffix("_share")
        if flow not in figures:
            continue
        f_lo, f_hi = _interval(figures[flow])
        assert f_lo / t_hi <= s_hi, (name, figures[name], figures[flow])
        assert s_lo <= f_hi / t_lo, (name, figures[name], figures[flow])


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=_ids(PARAGRAPHS))
def test_repeated_statements_agree_unless_a_conflict_is_recorded(paragraph: Paragraph) -> None:
    values: dict[str, set[str]] = {}
    for fig in paragraph.figures:
        if not fig.qualifier:
            values.setdefault(fig.name, set()).add(fig.value)
    conflicts = {e.figure for e in paragraph.errors if e.kind in ("conflict", "currency")}
    assert {name for name, seen in values.items() if len(seen) > 1} <= conflicts
