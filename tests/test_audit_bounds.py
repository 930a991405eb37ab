"""Figures published as one side of a range ("over $5 billion", "almost 5.2"): issue 15."""

from __future__ import annotations

import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import serialize
from regionrel.audit import Bound, TradeReport
from regionrel.audit.figures import Figure
from regionrel.audit.keys import FigureKey
from regionrel.audit.result import Cause
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.reported import Reported
from regionrel.text import extract, report_from_text
from regionrel.text.figures import bound_of, conflicts_in
from regionrel.text.statements import read_statements

D = Decimal

# Consistent paragraphs (written for these tests) whose qualified figures are bounds.
CONSISTENT = [
    (
        "ru",
        "В 2021 году внешнеторговый оборот Курганской области составил более 5 млрд долларов "
        "США. Экспорт составил 3,9 млрд долларов, импорт – 1,9 млрд долларов.",
        {"turnover": Bound.AT_LEAST},
    ),
    (
        "en",
        "In 2021 the foreign trade turnover of the Kurgan Region exceeded $5.0 billion. "
        "Exports amounted to $3.4 billion and imports to $1.9 billion.",
        {"turnover": Bound.AT_LEAST},
    ),
    (
        "en",
        "In 2021 exports of the Kurgan Region grew by more than 20% to $3.4 billion "
        "from $2.7 billion.",
        {"exports_growth": Bound.AT_LEAST},
    ),
    (
        "ru",
        "В 2021 году внешнеторговый оборот Курганской области составил почти 5,2 млрд "
        "долларов США. Экспорт составил 3,2 млрд долларов, импорт – 1,7 млрд долларов.",
        {"turnover": Bound.AT_MOST},
    ),
]


@pytest.mark.parametrize(("locale", "text", "bounds"), CONSISTENT)
def test_qualified_figures_are_bounds_and_not_flagged(
    locale: str, text: str, bounds: dict[str, Bound]
) -> None:
    report = report_from_text(text, locale=locale)
    assert dict(report.bounds) == bounds
    result = report.audit()
    assert result.ok, [f.message for f in result.findings]


def test_the_same_figures_read_as_values_are_flagged() -> None:
    # what the audit said before bounds: "over 5.0" read as 4.95..5.05 against 5.25..5.35
    report = TradeReport(turnover="5.0", exports="3.4", imports="1.9", scale="billion")
    assert not report.audit().ok


def test_an_inconsistency_beside_a_bound_is_found() -> None:
    text = (
        "In 2021 the foreign trade turnover of the Kurgan Region exceeded $5 billion. "
        "Exports amounted to $2.2 billion and imports to $1.9 billion."
    )
    result = report_from_text(text).audit()
    assert not result.ok
    assert any("turnover at least 5" in f.message for f in result.findings)
    flagged = set().union(*result.suspects)
    assert flagged & {"turnover", "exports", "imports"}
    assert frozenset({"turnover"}) in result.suspects
    # the bound is no value mistyped: no slip is offered for it
    for explanation in result.explanations:
        for diagnosis in explanation.diagnoses:
            if diagnosis.figure == "turnover":
                assert diagnosis.cause is Cause.UNEXPLAINED
    # nor does any message carry the ceiling through ("at most 999,999,...")
    assert not any("999,999" in e.message for e in result.explanations)


def test_an_almost_bound_too_low_is_found() -> None:
    report = TradeReport(
        turnover="5.2",
        exports="3.7",
        imports="1.7",
        scale="billion",
        bounds={"turnover": "at most"},
    )
    result = report.audit()
    assert not result.ok
    assert "turnover at most 5.2" in result.findings[0].message


def test_beyond_a_negative_figure_is_at_most() -> None:
    # "fell by more than 20%" is a growth of at most -20%
    (rise,) = read_statements("Exports grew by more than 20%.")
    assert bound_of(rise) is Bound.AT_LEAST
    fall = attrs.evolve(rise, figure=rise.figure.negated())
    assert bound_of(fall) is Bound.AT_MOST
    (nearly,) = read_statements("Exports grew by nearly 20%.")
    assert bound_of(nearly) is Bound.AT_MOST
    assert bound_of(attrs.evolve(nearly, figure=nearly.figure.negated())) is Bound.AT_LEAST
    (plain,) = read_statements("Exports grew by 20%.")
    assert bound_of(plain) is None


def test_about_goes_in_as_an_approximate_figure() -> None:
    # before issue 15's third round "about" stayed out; now it is a Bound.ABOUT figure
    report = report_from_text("Exports amounted to about $3.4 billion; imports to $1.9 billion.")
    assert report.names == ("exports", "imports")
    assert report.bounds == (("exports", Bound.ABOUT),)


def test_a_bound_beside_the_value_is_no_conflict() -> None:
    found = extract("Exports exceeded $5 billion. Exports amounted to $5.2 billion.")
    assert conflicts_in(found) == ()
    report = report_from_text("Exports exceeded $5 billion. Exports amounted to $5.2 billion.")
    assert report.bounds == (("exports#1", Bound.AT_LEAST),)
    assert report.audit().ok
    clash = report_from_text("Exports exceeded $5 billion. Exports amounted to $4.2 billion.")
    assert not clash.audit().ok


def test_figure_bounds_are_open_on_one_side() -> None:
    over = Figure.of("turnover", Reported.parse("5"), bound=Bound.AT_LEAST)
    assert over.own_bounds == (D("4.5"), D("Infinity"))
    assert over.published == "at least 5"
    under = Figure.of("exports_growth", Reported.parse("20%"), bound=Bound.AT_MOST)
    assert under.own_bounds == (D("-Infinity"), D("20.5"))
    assert under.bounds[1] == D("1.205")
    count = Figure.of("partner_count", Reported.parse("100"), bound=Bound.AT_LEAST)
    assert count.own_bounds == (D(100), D("Infinity"))
    assert over.bounded(None).own_bounds == (D("4.5"), D("5.5"))
    assert over.bounded(Bound.AT_LEAST) is over


def test_bounds_are_checked_by_name_and_value() -> None:
    with pytest.raises(ValidationError, match="'bounds' must name figures of the report"):
        TradeReport(exports="5", bounds={"imports": "at least"})
    with pytest.raises(
        ValidationError, match="must be 'at least', 'at most' or 'about' \\(got 'over'\\)"
    ):
        TradeReport(exports="5", bounds={"exports": "over"})
    with pytest.raises(WrongTypeError, match="'bounds' must be a mapping"):
        TradeReport(exports="5", bounds=["exports"])  # type: ignore[arg-type]


def test_bounds_by_figure_name_bound_every_statement() -> None:
    report = TradeReport.from_statements(
        [("exports", "5"), (FigureKey.amount("exports"), "5.3")],
        bounds={FigureKey.amount("exports"): Bound.AT_LEAST},
    )
    assert report.bounds == (("exports#1", Bound.AT_LEAST), ("exports#2", Bound.AT_LEAST))
    triples = TradeReport.from_statements([("exports", "5", "at least"), ("exports", "5.3")])
    assert triples.bounds == (("exports#1", Bound.AT_LEAST),)
    assert triples.audit().ok


def test_bounds_survive_to_dict_and_pickling() -> None:
    report = TradeReport(
        turnover="5",
        exports="3.9",
        imports="1.9",
        scale="billion",
        bounds={"turnover": "at least"},
    )
    back = serialize.from_dict(TradeReport, serialize.to_dict(report))
    assert back == report
    assert back.bounds == report.bounds
    assert back.audit().ok
    assert pickle.loads(pickle.dumps(report)) == report
    assert report != TradeReport(turnover="5", exports="3.9", imports="1.9", scale="billion")


_TENTHS = st.integers(min_value=1, max_value=99_999)


@given(
    exports=_TENTHS,
    imports=_TENTHS,
    sides=st.lists(
        st.tuples(
            st.sampled_from(["turnover", "exports", "imports", "balance"]),
            st.sampled_from([Bound.AT_LEAST, Bound.AT_MOST]),
            st.integers(min_value=0, max_value=50_000),
        ),
        max_size=4,
        unique_by=lambda t: t[0],
    ),
)
def test_correct_bounds_never_flag_a_consistent_report(
    exports: int, imports: int, sides: list[tuple[str, Bound, int]]
) -> None:
    true = {"turnover": exports + imports, "exports": exports, "imports": imports}
    true["balance"] = exports - imports
    published = {name: D(value).scaleb(-1) for name, value in true.items()}
    bounds: dict[str, Bound] = {}
    for name, side, slack in sides:
        # a correct bound: the true value lies on its side ("over" something below it)
        shift = D(slack).scaleb(-1)
        published[name] += -shift if side is Bound.AT_LEAST else shift
        bounds[name] = side
    figures = {name: f"{value:f}" for name, value in published.items()}
    report = TradeReport.from_figures(figures, bounds=bounds)
    result = report.audit()
    assert result.ok, [f.message for f in result.findings]


@pytest.mark.parametrize(
    ("locale", "text", "growth", "bound"),
    [
        # a comparative before "than" is the bound, the verb before it the direction
        (
            "en",
            "In 2021 exports of the Kurgan Region fell by more than 20% to $3.4 billion.",
            "-20",
            Bound.AT_MOST,
        ),
        (
            "en",
            "In 2021 exports of the Kurgan Region grew by more than 20% to $3.4 billion.",
            "20",
            Bound.AT_LEAST,
        ),
        (
            "en",
            "In 2021 exports of the Kurgan Region grew by less than 5% to $3.4 billion.",
            "5",
            Bound.AT_MOST,
        ),
        (
            "ru",
            "В 2021 году экспорт Курганской области снизился более чем на 20% и составил "
            "3,4 млрд долларов.",
            "-20",
            Bound.AT_MOST,
        ),
        (
            "ru",
            "В 2021 году экспорт Курганской области вырос менее чем на 5% и составил "
            "3,4 млрд долларов.",
            "5",
            Bound.AT_MOST,
        ),
    ],
)
def test_a_bound_on_a_change_keeps_the_direction_of_its_verb(
    locale: str, text: str, growth: str, bound: Bound
) -> None:
    report = report_from_text(text, locale=locale)
    assert dict(report.figures)["exports_growth"].value == D(growth)
    assert dict(report.bounds)["exports_growth"] is bound
    assert report.audit().ok
