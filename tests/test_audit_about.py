"""Approximate figures, fractions and qualified multiples in the report (issue 15).

"about 3 billion" is a :attr:`Bound.ABOUT` figure (within 10% of its value, never less
than one unit of its last non-zero digit); "на треть" / "by a third" is about 33.3%;
"почти вдвое" / "nearly doubled" is at most 2 times; "более чем на треть" at least 33.3%.
The paragraphs below were written for these tests, in the shapes real releases use.
"""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import serialize
from regionrel.audit import Bound, TradeReport
from regionrel.audit.figures import Figure, about_margin
from regionrel.reported import Reported
from regionrel.text import report_from_text
from regionrel.text.figures import bound_of
from regionrel.text.statements import Measure, read_statements

D = Decimal


def test_about_margin_is_a_tenth_and_at_least_one_last_digit() -> None:
    assert about_margin(D(490), 0) == D(49)
    assert about_margin(D(3), 0) == D(1)
    assert about_margin(D("5.2"), 1) == D("0.52")
    assert about_margin(D("0.07"), 2) == D("0.01")
    assert about_margin(D("-20"), 0) == D(10)
    assert about_margin(D(0), 1) == D("0.1")


def test_an_about_figure_stands_for_its_margin_both_ways() -> None:
    about = Figure.of("turnover", Reported.parse("3"), bound=Bound.ABOUT)
    assert about.own_bounds == (D(2), D(4))
    assert about.published == "about 3"
    growth = Figure.of("exports_growth", Reported.parse("33.3%"), bound=Bound.ABOUT)
    assert growth.own_bounds == (D("29.97"), D("36.63"))
    assert growth.published == "about +33.3%"
    count = Figure.of("partner_count", Reported.parse("50"), bound=Bound.ABOUT)
    assert count.own_bounds == (D(40), D(60))  # one unit of its last non-zero digit
    assert Bound.coerce("about") is Bound.ABOUT


# Consistent paragraphs: the approximate figures go in, with their bounds, and nothing is flagged.
CONSISTENT = [
    (
        "ru",
        "В 2021 году внешнеторговый оборот Курганской области составил около 3 млрд "
        "долларов. Экспорт составил 2,1 млрд долларов, импорт – 0,83 млрд долларов.",
        {"turnover": Bound.ABOUT},
    ),
    (
        "ru",
        "Товарооборот области составил порядка 490 млн долларов: экспорт – 301,2 млн, "
        "импорт – 184,9 млн долларов.",
        {"turnover": Bound.ABOUT},
    ),
    (
        "en",
        "In 2021 the region's turnover was around $1.5 billion: exports amounted to $1.02 "
        "billion and imports to $0.44 billion.",
        {"turnover": Bound.ABOUT},
    ),
    (
        "ru",
        "В 2021 году экспорт области вырос на треть и составил 2,0 млрд долларов против "
        "1,5 млрд долларов в 2020 году.",
        {"exports_growth": Bound.ABOUT},
    ),
    (
        "ru",
        "В 2021 году экспорт области вырос более чем на треть и составил 2,1 млрд долларов "
        "против 1,5 млрд долларов в 2020 году.",
        {"exports_growth": Bound.AT_LEAST},
    ),
    (
        "ru",
        "В 2021 году импорт области сократился почти на четверть и составил 0,8 млрд "
        "долларов против 1,05 млрд долларов в 2020 году.",
        {"imports_growth": Bound.AT_LEAST},
    ),
    (
        "en",
        "In 2021 the region's exports grew by a quarter to $1.25 billion from $1.0 billion.",
        {"exports_growth": Bound.ABOUT},
    ),
    (
        "en",
        "In 2021 the region's imports nearly doubled to $1.9 billion from $1.0 billion.",
        {"imports_growth": Bound.AT_MOST},
    ),
    (
        "ru",
        "В 2021 году импорт области увеличился почти вдвое и составил 1,9 млрд долларов "
        "против 1,0 млрд долларов в 2020 году.",
        {"imports_growth": Bound.AT_MOST},
    ),
    (
        "ru",
        "В 2021 году экспорт области вырос в полтора раза и составил 1,52 млрд долларов "
        "против 1,0 млрд долларов в 2020 году.",
        {},
    ),
]


@pytest.mark.parametrize(("locale", "text", "bounds"), CONSISTENT)
def test_approximate_figures_go_in_and_are_not_flagged(
    locale: str, text: str, bounds: dict[str, Bound]
) -> None:
    report = report_from_text(text, locale=locale)
    assert dict(report.bounds) == bounds
    for name in bounds:
        assert name in report.names
    result = report.audit()
    assert result.ok, [f.message for f in result.findings]


# The same shapes with one figure planted wrong: each is flagged, naming it.
PLANTED = [
    (
        "ru",
        "В 2021 году внешнеторговый оборот Курганской области составил около 3 млрд "
        "долларов. Экспорт составил 2,1 млрд долларов, импорт – 2,83 млрд долларов.",
        "turnover about 3",
    ),
    (
        "en",
        "In 2021 the region's turnover was around $1.5 billion: exports amounted to $1.02 "
        "billion and imports to $0.74 billion.",
        "turnover about 1.5",
    ),
    (
        "ru",
        "В 2021 году экспорт области вырос на треть и составил 2,5 млрд долларов против "
        "1,5 млрд долларов в 2020 году.",
        "exports growth about +33,3%",
    ),
    (
        "ru",
        "В 2021 году экспорт области вырос более чем на треть и составил 1,7 млрд долларов "
        "против 1,5 млрд долларов в 2020 году.",
        "exports growth at least +33,3%",
    ),
    (
        "en",
        "In 2021 the region's imports nearly doubled to $2.9 billion from $1.0 billion.",
        "imports growth at most 2 times",
    ),
]


@pytest.mark.parametrize(("locale", "text", "cited"), PLANTED)
def test_a_planted_wrong_value_beside_an_approximate_figure_is_flagged(
    locale: str, text: str, cited: str
) -> None:
    result = report_from_text(text, locale=locale).audit()
    assert not result.ok
    assert any(cited in f.message for f in result.findings), [f.message for f in result.findings]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ru", "Треть экспорта области приходится на Китай."),
        ("ru", "На Китай пришлась треть экспорта области."),
        ("ru", "Доля импорта сократилась более чем на треть."),
        ("en", "A third of the region's exports went to China."),
        ("en", "China took a quarter of the region's exports."),
    ],
)
def test_a_fraction_that_is_a_part_is_no_change(locale: str, text: str) -> None:
    assert not [
        s
        for s in read_statements(text, locale=locale)
        if s.measure is Measure.GROWTH and s.flow is not None
    ]


@pytest.mark.parametrize(
    ("locale", "text", "value", "bound"),
    [
        ("ru", "Экспорт вырос на треть.", "33.3", Bound.ABOUT),
        ("ru", "Импорт уменьшился наполовину.", "-50", Bound.ABOUT),
        ("ru", "Импорт сократился почти на треть.", "-33.3", Bound.AT_LEAST),
        ("en", "Exports rose by more than a third.", "33.3", Bound.AT_LEAST),
        ("en", "Exports fell by half.", "-50", Bound.ABOUT),
        ("en", "Imports grew by almost a quarter.", "25", Bound.AT_MOST),
    ],
)
def test_a_fraction_of_change_is_read_over_lemmas(
    locale: str, text: str, value: str, bound: Bound
) -> None:
    (statement,) = read_statements(text, locale=locale)
    assert statement.measure is Measure.GROWTH
    assert statement.figure.value == D(value)
    assert bound_of(statement) is bound


def test_approximate_figures_survive_to_dict_and_pickling() -> None:
    report = TradeReport(
        turnover="3",
        exports="2.1",
        imports="0.83",
        scale="billion",
        bounds={"turnover": "about"},
    )
    back = serialize.from_dict(TradeReport, serialize.to_dict(report))
    assert back == report
    assert back.bounds == (("turnover", Bound.ABOUT),)
    assert back.audit().ok
    assert pickle.loads(pickle.dumps(report)) == report


_AMOUNTS = st.integers(min_value=1, max_value=10**7)


def _round_to(value: int, digits: int) -> int:
    """*value* rounded to *digits* significant digits, as a writer of "about" rounds it."""
    places = max(0, len(str(value)) - digits)
    unit: int = 10**places
    return (value + unit // 2) // unit * unit


@given(exports=_AMOUNTS, imports=_AMOUNTS, digits=st.integers(min_value=1, max_value=3))
def test_an_honest_about_rounding_is_never_flagged(
    exports: int, imports: int, digits: int
) -> None:
    turnover = _round_to(exports + imports, digits)
    report = TradeReport(
        turnover=str(turnover),
        exports=str(exports),
        imports=str(imports),
        scale="thousand",
        bounds={"turnover": "about"},
    )
    assert report.audit().ok


@given(
    value=st.integers(min_value=1, max_value=10**6),
    offset=st.integers(min_value=-1000, max_value=1000),
)
def test_an_about_figure_flags_exactly_what_lies_beyond_its_margin(
    value: int, offset: int
) -> None:
    # the true turnover is exports + imports; the published one is "about value"
    true = D(value) + D(value) * D(offset) / 4000  # up to a quarter away
    exports = true.quantize(D("0.01"))
    margin = about_margin(D(value), 0)
    report = TradeReport(
        turnover=str(value),
        exports=f"{exports:f}",
        imports="0.00",
        scale="million",
        bounds={"turnover": "about"},
    )
    # exports and imports are rounded to cents: the turnover lies within 0.01 of *exports*
    slack = D("0.01")
    inside = D(value) - margin + slack <= exports <= D(value) + margin - slack
    outside = exports < D(value) - margin - slack or exports > D(value) + margin + slack
    if inside:
        assert report.audit().ok
    if outside:
        assert not report.audit().ok


@given(previous=st.integers(min_value=30, max_value=10**5), side=st.sampled_from(["up", "down"]))
def test_a_fraction_of_change_that_holds_is_never_flagged(previous: int, side: str) -> None:
    # "вырос на треть" / "сократился на четверть" with honestly rounded amounts
    current = previous * 4 // 3 if side == "up" else previous * 3 // 4
    growth = "33.3%" if side == "up" else "-25%"
    report = TradeReport(
        exports=str(current),
        exports_previous=str(previous),
        exports_growth=growth,
        scale="thousand",
        bounds={"exports_growth": "about"},
    )
    assert report.audit().ok


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        # the qualifier belongs to the first figure after it, not to one after that
        ("Imports nearly doubled to $1.9 billion.", [("multiple", "almost"), ("value", "")]),
        ("Imports grew almost 2 times to $1.9 billion.", [("multiple", "almost"), ("value", "")]),
        # a word between the qualifier and its figure does not take it away
        ("Exports were almost a record $5 billion.", [("value", "almost")]),
    ],
)
def test_a_qualifier_belongs_to_the_figure_after_it(
    text: str, qualifiers: list[tuple[str, str]]
) -> None:
    got = [(s.measure.value, s.qualifier) for s in read_statements(text)]
    assert got == qualifiers
