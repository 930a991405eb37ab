"""FigureKey, the typed figure name, and reports that state a figure more than once."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit import FigureKey, Measure, TradeReport
from regionrel.audit.report import KEYWORD_FIGURES
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.reported import Reported
from regionrel.trade import TradeFlow

_TOTALS = [TradeFlow.TURNOVER, TradeFlow.EXPORTS, TradeFlow.IMPORTS]
_names = st.text(
    alphabet=st.characters(blacklist_characters=":@#", blacklist_categories=["Cs"]),
    min_size=1,
    max_size=8,
).filter(str.strip)


def _keys() -> st.SearchStrategy[FigureKey]:
    flows = st.sampled_from(_TOTALS)
    levels = st.none() | _names
    return st.one_of(
        st.builds(FigureKey.amount, st.sampled_from(list(TradeFlow))),
        st.builds(FigureKey.previous, st.sampled_from(list(TradeFlow))),
        st.builds(FigureKey.growth, flows),
        st.builds(FigureKey.index, flows),
        st.builds(FigureKey.volume_growth, flows),
        st.builds(FigureKey.exceed, st.sampled_from([TradeFlow.EXPORTS, TradeFlow.IMPORTS])),
        st.builds(FigureKey.share, _names, of=flows),
        st.builds(FigureKey.partner, _names, of=flows),
        st.builds(FigureKey.goods_share, _names, of=flows),
        st.just(FigureKey.partner_count()),
        st.builds(FigureKey.rank, flows, level=levels),
        st.builds(FigureKey.rank_value, flows, _names, level=levels),
    )


@given(_keys())
def test_a_key_reads_back_from_its_name(key: FigureKey) -> None:
    assert FigureKey.parse(str(key)) == key
    assert eval(repr(key), {"FigureKey": FigureKey}) == key
    assert FigureKey.coerce(key) is key


@pytest.mark.parametrize("name", KEYWORD_FIGURES)
def test_every_keyword_figure_is_a_key(name: str) -> None:
    assert str(FigureKey.parse(name)) == name


def test_keys_name_measure_flow_and_subject() -> None:
    key = FigureKey.parse("share:imports:CN")
    assert (key.measure, key.flow, key.subject, key.level) == (
        Measure.SHARE,
        TradeFlow.IMPORTS,
        "CN",
        None,
    )
    assert FigureKey.parse("share:CN") == FigureKey.share("CN")
    assert FigureKey.parse("imports_exceed_exports_by").flow is TradeFlow.IMPORTS
    assert FigureKey.parse("rank:exports@PFO:Tatarstan") == FigureKey.rank_value(
        "exports", "Tatarstan", level="PFO"
    )
    assert FigureKey.index("exports").quantity == FigureKey.growth("exports").quantity
    assert FigureKey.amount("balance").label == "balance"
    assert FigureKey.rank("exports", level="Russia").label == "place in exports among Russia"
    assert sorted([FigureKey.amount("turnover"), FigureKey.amount("exports")]) == [
        FigureKey.amount("exports"),
        FigureKey.amount("turnover"),
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: FigureKey.growth("balance"),
            "FigureKey: 'flow' must be turnover, exports or imports (got 'balance')",
        ),
        (
            lambda: FigureKey.exceed("turnover"),
            "FigureKey: 'flow' must be exports or imports (got 'turnover')",
        ),
        (
            lambda: FigureKey.share("a:b"),
            "FigureKey: 'partner' must be a non-blank name without ':' or '@' (got 'a:b')",
        ),
        (
            lambda: FigureKey.amount("gdp"),
            "FigureKey: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')",
        ),
        (
            lambda: FigureKey.parse("exports_exceed_exports_by"),
            "TradeReport: 'figures' is not a figure the audit knows (got 'exports_exceed_exports_by')",
        ),
        (
            lambda: FigureKey.coerce(5),
            "TradeReport: 'figures' is not a figure the audit knows (got 5)",
        ),
    ],
)
def test_bad_keys_are_refused_by_name(build: object, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        build()  # type: ignore[operator]
    assert str(info.value) == message


def test_keys_compare_only_with_keys() -> None:
    assert FigureKey.amount("exports").__lt__("exports") is NotImplemented


def _at(text: str, start: int) -> Reported:
    return attrs.evolve(Reported.parse(text), span=(start, start + len(text)))


def test_a_report_keeps_every_statement_and_flags_a_conflict_naming_both_spans() -> None:
    report = TradeReport.from_statements(
        [
            (FigureKey.growth("exports"), _at("52%", 10)),
            ("exports", "7,109"),
            (FigureKey.growth("exports"), _at("71%", 80)),
        ]
    )
    assert report.names == ("exports", "exports_growth#1", "exports_growth#2")
    assert report.stated(FigureKey.growth("exports")) == (
        Reported.parse("52%"),
        Reported.parse("71%"),
    )
    assert report.figure("exports_growth") == Reported.parse("52%")
    assert report.figure("exports_growth#2") == Reported.parse("71%")
    assert [key for key, _ in report.statements] == [
        FigureKey.amount("exports"),
        FigureKey.growth("exports"),
        FigureKey.growth("exports"),
    ]
    result = report.audit()
    assert not result.ok
    (finding,) = result.errors
    assert finding.rule == "same:exports_ratio"
    assert finding.figures == ("exports_growth#1", "exports_growth#2")
    assert finding.spans == ((10, 13), (80, 83))
    assert finding.message == (
        "exports growth is stated twice, and the statements disagree: "
        "+52% (characters 10-13) and +71% (characters 80-83)"
    )
    assert {frozenset({"exports_growth#1"}), frozenset({"exports_growth#2"})} == set(
        result.suspects
    )


def test_statements_that_agree_within_rounding_pass() -> None:
    report = TradeReport.from_statements(
        [("exports_growth", "52%"), ("exports_growth", "52.0%"), ("exports_index", "152%")]
    )
    assert report.audit().ok


def test_a_statement_weight_or_a_figure_weight() -> None:
    statements = [("exports_growth", "52%"), ("exports_growth", "71%")]
    by_statement = TradeReport.from_statements(statements, weights={"exports_growth#2": 2})
    assert by_statement.weights == (("exports_growth#2", Decimal(2)),)
    assert by_statement.audit().suspects[0] == frozenset({"exports_growth#1"})
    by_figure = TradeReport.from_statements(statements, weights={FigureKey.growth("exports"): 3})
    assert by_figure.weights == (
        ("exports_growth#1", Decimal(3)),
        ("exports_growth#2", Decimal(3)),
    )


def test_statements_read_back_from_their_names() -> None:
    report = TradeReport.from_statements([("exports", "1"), ("exports", "2")])
    again = TradeReport.from_figures(dict(report.figures))
    assert again == report
    assert TradeReport.from_figures({"exports#2": "1"}).names == ("exports",)


def test_a_keyword_report_is_a_report_of_statements() -> None:
    keywords = TradeReport(exports="7,109", imports_growth="14.8%", shares={"CN": "15%"})
    statements = TradeReport.from_statements(
        [
            (FigureKey.amount("exports"), "7,109"),
            (FigureKey.growth("imports"), "14.8%"),
            (FigureKey.share("CN"), "15%"),
        ]
    )
    assert keywords == statements
    assert keywords.audit() == statements.audit()


@pytest.mark.parametrize(
    ("statements", "error", "message"),
    [
        (
            5,
            WrongTypeError,
            "TradeReport: 'statements' must be an iterable of (figure, value) pairs (got 5)",
        ),
        (
            [("exports", "1", "at least", "x")],
            WrongTypeError,
            "TradeReport: 'statements' must hold (figure, value) pairs or (figure, value, bound) triples (got ('exports', '1', 'at least', 'x') that is a tuple)",
        ),
        (
            [("exports", "1", "x")],
            ValidationError,
            "TradeReport: 'exports' must be 'at least', 'at most' or 'about' (got 'x')",
        ),
        (
            [("gdp#2", "1")],
            ValidationError,
            "TradeReport: 'figures' is not a figure the audit knows (got 'gdp#2')",
        ),
        (
            [(3, "1")],
            WrongTypeError,
            "TradeReport: 'figures' must have str or FigureKey keys (got 3)",
        ),
    ],
)
def test_bad_statements_are_refused_by_name(
    statements: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        TradeReport.from_statements(statements)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_a_missing_figure_is_named() -> None:
    with pytest.raises(ValidationError, match="is not a figure of this report"):
        TradeReport(exports="1").figure(FigureKey.amount("imports"))
    assert TradeReport(exports="1").stated("gdp") == ()


def test_falls_changes_and_flow_shares_are_keys() -> None:
    assert FigureKey.fall("exports") == FigureKey.parse("exports_fall")
    assert FigureKey.change("balance") == FigureKey.parse("balance_change")
    assert FigureKey.flow_share("imports") == FigureKey.parse("imports_share")
    assert FigureKey.amount("exports").quantity == "exports"
    assert FigureKey.fall("exports").label == "exports fall"
    assert FigureKey.change("exports").label == "exports change"
    with pytest.raises(ValidationError, match="'flow' must be exports or imports"):
        FigureKey.flow_share("turnover")


def test_an_impossible_statement_is_cited_with_its_span() -> None:
    result = TradeReport.from_statements([("exports", _at("-5", 40))]).audit()
    (finding,) = result.errors
    assert finding.spans == ((40, 42),)
    assert finding.message == (
        "exports -5 (characters 40-42) is impossible: an amount of trade is never negative"
    )
