"""TradeReport and its audit: the seed, each kind of slip, ambiguity, partners, ranks, bad input."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import regionrel
from regionrel.audit import AuditResult, Cause, Severity, TradeReport
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.reported import FigureKind, Reported

SEED: dict[str, Any] = {
    "turnover": "10,224.9",
    "turnover_growth": "21.5%",
    "exports": "7,109",
    "exports_growth": "25.7%",
    "imports": "4,115.9",
    "imports_growth": "14.8%",
    "exports_exceed_imports_by": "73%",
}


@pytest.fixture(scope="module")
def seed_result() -> AuditResult:
    return regionrel.TradeReport(**SEED, currency="USD", scale="million").audit()


def test_seed_has_exactly_one_suspect_set_turnover(seed_result: AuditResult) -> None:
    assert not seed_result.ok
    assert seed_result.suspects == [frozenset({"turnover"})]
    assert seed_result.suggestions == {"turnover": Decimal("11224.9")}
    assert not seed_result.ambiguous


def test_seed_is_diagnosed_as_one_mistyped_digit(seed_result: AuditResult) -> None:
    (diagnosis,) = seed_result.diagnoses
    assert diagnosis.cause is Cause.TYPO
    assert diagnosis.figure == "turnover"
    assert diagnosis.published == "10,224.9"
    assert diagnosis.corrected == "11,224.9"
    assert diagnosis.detail.startswith("one digit mistyped: '1' typed as '0'")


def test_seed_message_cites_the_evidence(seed_result: AuditResult) -> None:
    message = seed_result.explanations[0].message
    assert (
        "turnover = exports + imports (exports 7,109, imports 4,115.9) gives 11,224.9" in message
    )
    assert (
        "Every rule (turnover growth +21.5%, exports growth +25.7%, imports growth +14.8%, "
        "exports exceed imports by 73% included) holds with turnover 11,224.9, and not with 10,224.9"
    ) in message
    assert "Likely a typing error: one digit mistyped" in message


def test_seed_findings_name_the_broken_rules(seed_result: AuditResult) -> None:
    rules = [f.rule for f in seed_result.findings]
    assert rules == ["turnover", "turnover_growth_from_flows"]
    assert all(f.severity is Severity.ERROR for f in seed_result.findings)
    assert seed_result.findings[0].message == (
        "turnover = exports + imports does not hold for turnover 10,224.9, exports 7,109, "
        "imports 4,115.9: the other figures give turnover 11,224.9 (11,224.4 to 11,225.5), not 10,224.9"
    )
    assert seed_result.findings[0].figures == ("turnover", "exports", "imports")
    assert seed_result.findings[1].message == (
        "turnover growth agrees with the growth of exports and imports does not hold for "
        "turnover 10,224.9, turnover growth +21.5%, exports 7,109, exports growth +25.7%, "
        "imports 4,115.9, imports growth +14.8%: the other figures give turnover growth "
        "+10.6% (+10.6% to +10.7%), not +21.5%"
    )


def test_seed_reads_well_as_text_and_html(seed_result: AuditResult) -> None:
    text = str(seed_result)
    assert text.startswith("Audit: 2 errors\n  [error] turnover: turnover = exports + imports")
    assert "Suspects #1: {turnover}:" in text
    html = seed_result._repr_html_()
    assert html.startswith('<div class="regionrel-audit errors">')
    assert "<li><b>turnover</b>:" in html
    assert "&" not in html.replace("&amp;", "").replace("&#x27;", "")


def test_corrected_seed_passes() -> None:
    result = TradeReport(**{**SEED, "turnover": "11,224.9"}).audit()
    assert result.ok
    assert str(result) == "Audit: every rule holds"
    assert result.suggestions == {}
    assert result.diagnoses == ()
    assert result.best is None
    assert not result.ambiguous
    assert result._repr_html_() == (
        '<div class="regionrel-audit ok"><p><b>Audit: every rule holds</b></p></div>'
    )


def test_sign_error() -> None:
    result = TradeReport(exports="-7,109", imports="4,115.9", balance="2,993.1").audit()
    assert result.suspects == [frozenset({"exports"})]
    assert result.diagnoses[0].cause is Cause.SIGN
    assert result.suggestions == {"exports": Decimal("7109")}
    assert result.findings[0].rule == "range:exports"
    assert (
        result.findings[0].message
        == "exports -7,109 is impossible: an amount of trade is never negative"
    )


def test_scale_error() -> None:
    report = TradeReport(exports="7,109", imports="4.1159", balance="2,993.1", turnover="11,224.9")
    result = report.audit()
    assert result.suspects == [frozenset({"imports"})]
    assert result.diagnoses[0].cause is Cause.SCALE
    assert result.suggestions == {"imports": Decimal("4115.9")}


def test_rounding_slip() -> None:
    result = TradeReport(exports="7,109.0", imports="4,115.9", balance="2,993.3").audit()
    # Any of the three may be the one rounded wrongly: the audit says it cannot decide.
    assert result.ambiguous
    assert len(result.suspects) == 3
    explanation = next(e for e in result.explanations if e.suspects == {"balance"})
    best = explanation.diagnoses[0]
    assert best.cause is Cause.ROUNDING
    assert best.value == Decimal("2993.2")
    assert best.detail == "one unit of the last digit off: 2,993.3 should round down to 2,993.2"


def test_three_figures_one_rule_is_ambiguous() -> None:
    result = TradeReport(exports="7,109", imports="4,115.9", turnover="10,224.9").audit()
    assert result.suspects == [
        frozenset({"turnover"}),
        frozenset({"exports"}),
        frozenset({"imports"}),
    ]
    assert result.ambiguous
    assert "The evidence cannot decide between these explanations:" in str(result)


def test_unexplained_suspects_get_the_middle_of_what_they_need() -> None:
    result = TradeReport(exports="7,109", imports="4,115.9", turnover="50,000").audit()
    first = result.explanations[0]
    assert first.suspects == frozenset({"turnover"})
    assert not first.explained
    assert result.diagnoses[0].cause is Cause.UNEXPLAINED
    assert result.suggestions == {"turnover": Decimal("11225")}
    assert "No simple slip explains turnover: it needs 11,225 (11,224 to 11,225)" in first.message


def test_weights_rank_the_less_reliable_figure_first() -> None:
    figures: dict[str, Any] = {"exports": "7,109", "imports": "4,115.9", "turnover": "50,000"}
    result = TradeReport(**figures, weights={"turnover": 5, "imports": Decimal("0.5")}).audit()
    assert result.suspects[0] == frozenset({"imports"})


def test_a_joint_inconsistency_is_found_when_each_rule_holds_alone() -> None:
    result = TradeReport(turnover="6000", balance="1000", exports_exceed_imports_by="50%").audit()
    assert [f.rule for f in result.findings] == ["joint"]
    assert frozenset({"turnover"}) in result.suspects
    assert result.suggestions == {"turnover": Decimal("5000")}
    assert "Turnover 6,000 cannot hold together with the other figures" in str(result)


def test_two_independent_errors_need_a_set_of_two() -> None:
    report = TradeReport(
        exports="7,109",
        imports="4,115.9",
        turnover="10,224.9",
        balance="2,893.1",
        exports_exceed_imports_by="73%",
        imports_exceed_exports_by="-42.1%",
    )
    result = report.audit()
    assert frozenset({"turnover", "balance"}) in result.suspects
    assert all(len(s) == 2 for s in result.suspects)
    assert report.audit(max_suspects=1).explanations == ()
    assert "No set of figures explains the errors." in str(report.audit(max_suspects=1))


def test_previous_values_and_indices() -> None:
    consistent = TradeReport(
        exports="7,109",
        exports_previous="5,655.5",
        exports_index="125.7%",
        imports="4,115.9",
        imports_previous="3,585.3",
        imports_growth="1.148 times",
        turnover_previous="9,240.8",
        balance_previous="2,070.2",
    )
    assert consistent.audit().ok
    wrong = TradeReport(exports="7,109", exports_previous="5,655.5", exports_index="152.7%")
    result = wrong.audit()
    assert frozenset({"exports_index"}) in result.suspects
    diagnosis = next(d for d in result.diagnoses if d.figure == "exports_index")
    assert diagnosis.cause is Cause.TYPO
    assert diagnosis.corrected == "125.7%"


def test_growth_and_index_of_one_flow_must_agree() -> None:
    result = TradeReport(imports_growth="14.8%", imports_index="141.8%").audit()
    assert [f.rule for f in result.findings] == ["same:imports_ratio"]
    assert result.findings[0].message.startswith(
        "imports growth and imports index say the same does not hold"
    )
    assert set(result.suspects) == {frozenset({"imports_growth"}), frozenset({"imports_index"})}


def test_partner_shares_values_and_count() -> None:
    ok = TradeReport(
        turnover="11,224.9",
        shares={"CN": "15.6%", "NL": "9.2%"},
        partner_turnover={"CN": "1,751"},
        partner_count=160,
    )
    assert ok.audit().ok
    too_much = TradeReport(shares={"CN": "65.6%", "NL": "49.2%"}).audit()
    assert [f.rule for f in too_much.findings] == ["shares:turnover"]
    wrong_value = TradeReport(
        turnover="11,224.9", shares={"CN": "15.6%"}, partner_turnover={"CN": "7,151"}
    )
    result = wrong_value.audit()
    assert frozenset({"partner:CN"}) in result.suspects
    few = TradeReport(
        shares={"CN": "15.6%", "NL": "9.2%", "FI": "7.4%"}, partner_count="3"
    ).audit()
    assert [f.rule for f in few.findings] == ["partner_count"]
    assert few.suggestions == {"partner_count": Decimal(4)}


def test_partner_flows_add_up() -> None:
    report = TradeReport(
        partner_turnover={"CN": "1,751"},
        partner_exports={"CN": "1,000"},
        partner_imports={"CN": "851"},
        export_shares={"CN": "14%"},
        import_shares={"CN": "20.7%"},
        exports="7,109",
        imports="4,115.9",
    )
    result = report.audit()
    assert [f.rule for f in result.findings] == ["partner:CN"]
    assert frozenset({"partner:CN"}) in result.suspects


def test_ranks_against_the_other_members() -> None:
    members = {"Saint Petersburg": "30,000", "Vologda Region": "5,000"}
    ok = TradeReport(exports="7,109", ranks={"exports": 2}, rank_values={"exports": members})
    assert ok.audit().ok
    complete = TradeReport(
        exports="7,109",
        ranks={"exports": "3"},
        rank_values={"exports": members},
        complete_ranks=["exports"],
    )
    result = complete.audit()
    assert [f.rule for f in result.findings] == ["rank:exports"]
    assert frozenset({"rank:exports"}) in result.suspects
    first = TradeReport(exports="7,109", ranks={"exports": "1"}, rank_values={"exports": members})
    assert not first.audit().ok
    # With an incomplete list, unlisted members may rank above: place 3 is possible.
    open_list = TradeReport(
        exports="7,109", ranks={"exports": "3"}, rank_values={"exports": members}
    )
    assert open_list.audit().ok


def test_figures_keep_their_span_and_digits() -> None:
    figure = Reported.parse("10,224.9")
    spanned = Reported(figure.value, figure.decimals, span=(120, 128))
    report = TradeReport(turnover=spanned, exports=7109, imports=Decimal("4115.9"))
    assert report.figure("turnover").span == (120, 128)
    assert report.figure("imports").decimals == 1
    assert report.names == ("turnover", "exports", "imports")


def test_russian_locale_figures() -> None:
    report = TradeReport(turnover="10 224,9", exports="7 109", imports="4 115,9", locale="ru")
    result = report.audit()
    assert result.suspects[0] == frozenset({"turnover"})
    assert "11 224,9" in str(result)


def test_reporter_and_period_are_kept() -> None:
    report = TradeReport(exports="1", reporter="Leningrad Region", period=2018)
    assert (report.reporter, report.period, report.currency, report.scale) == (
        "Leningrad Region",
        2018,
        "USD",
        "million",
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"exports": 7109.0},
            WrongTypeError,
            "TradeReport: 'exports' must be published text, a Reported, an int or a Decimal (a float has lost its digits) (got 7109.0 that is a float)",
        ),
        (
            {"exports": [1]},
            WrongTypeError,
            "TradeReport: 'exports' must be published text, a Reported, an int or a Decimal (got [1] that is a list)",
        ),
        (
            {"exports": "7,109 dollars"},
            ValidationError,
            "TradeReport: 'exports' cannot be read as a figure: Reported.parse: 'text' has text after the figure (got '7,109 dollars', stopped at position 6 before 'dollars') (got '7,109 dollars')",
        ),
        (
            {"exports": "12%"},
            ValidationError,
            "TradeReport: 'exports' must be an amount, not a figure of kind percent (got '12')",
        ),
        (
            {"shares": {"CN": "2 times"}},
            ValidationError,
            "TradeReport: 'share:CN' must be a percentage, not a figure of kind multiple (got '2')",
        ),
        (
            {"partner_count": "160.5"},
            ValidationError,
            "TradeReport: 'partner_count' must be a whole number of at least 0 (got '160.5')",
        ),
        (
            {"currency": "usd"},
            ValidationError,
            "TradeReport: 'currency' must be an ISO 4217 code exactly, in capitals: 'USD' (got 'usd')",
        ),
        (
            {"scale": "millions"},
            ValidationError,
            "TradeReport: 'scale' must name a scale: 'unit', 'thousand', 'million', 'billion' or 'trillion' (got 'millions')",
        ),
        (
            {"locale": "de"},
            ValidationError,
            "TradeReport: 'locale' must be 'en' or 'ru' (got 'de')",
        ),
        (
            {"exports": "1", "weights": {"imports": 2}},
            ValidationError,
            "TradeReport: 'weights' must name figures of the report (got 'imports')",
        ),
        (
            {"exports": "1", "weights": {"exports": 0}},
            ValidationError,
            "TradeReport: 'weights' must be positive ints or Decimals (got 0)",
        ),
        (
            {"complete_ranks": ["gdp"]},
            ValidationError,
            "TradeReport: 'complete_ranks' must name flows among turnover, exports, imports (got 'gdp')",
        ),
        (
            {"shares": ["CN"]},
            WrongTypeError,
            "TradeReport: 'share:' must be a mapping (got ['CN'] that is a list)",
        ),
        (
            {"rank_values": ["exports"]},
            WrongTypeError,
            "TradeReport: 'rank_values' must be a mapping (got ['exports'] that is a list)",
        ),
        (
            {"rank_values": {"exports": 5}},
            WrongTypeError,
            "TradeReport: \"rank_values['exports']\" must be a mapping (got 5)",
        ),
        (
            {"exports": "1", "weights": ["exports"]},
            WrongTypeError,
            "TradeReport: 'weights' must be a mapping (got ['exports'] that is a list)",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    kwargs: dict[str, object], error: type[RegionrelError], message: str
) -> None:
    with pytest.raises(error) as info:
        TradeReport(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert info.value.cls == "TradeReport"
    assert message.startswith(f"TradeReport: {info.value.field!r} ")


def test_from_figures_refuses_unknown_names_and_keys() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport.from_figures({"gdp": "1"})
    assert str(info.value) == "TradeReport: 'figures' is not a figure the audit knows (got 'gdp')"
    with pytest.raises(WrongTypeError) as type_info:
        TradeReport.from_figures({1: "1"})  # type: ignore[dict-item]
    assert str(type_info.value) == "TradeReport: 'figures' must have str or FigureKey keys (got 1)"


def test_figure_lookup_of_a_missing_name() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport(exports="1").figure("imports")
    assert str(info.value) == "TradeReport: 'name' is not a figure of this report (got 'imports')"


def test_reports_compare_by_figures() -> None:
    assert TradeReport(exports="1") == TradeReport.from_figures({"exports": "1"})
    assert hash(TradeReport(exports="1")) == hash(TradeReport(exports="1"))
    assert TradeReport(exports="1") != TradeReport(exports="1.0")


def test_kinds_of_growth_figures() -> None:
    by_times = TradeReport(exports="2,100", exports_previous="1,000", exports_growth="2.1 times")
    assert by_times.audit().ok
    index_kind = Reported.parse("210% of the previous year")
    assert index_kind.kind is FigureKind.INDEX
    assert (
        TradeReport(exports="2,100", exports_previous="1,000", exports_growth=index_kind)
        .audit()
        .ok
    )
    exceed = TradeReport(exports="2,100", imports="1,000", exports_exceed_imports_by="2.1 times")
    assert exceed.audit().ok
