"""Partner groups' values and shares from the text into the report (issue 15).

The reader names a group the audit's way when the words leave no doubt ("СНГ", "CIS
countries": "CIS"; "дальнего зарубежья", "the far abroad", "non-CIS countries": "far
abroad"), and the report takes the reporter's trade with it for the main period. The
paragraphs below were written for these tests, in the shapes real releases use.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit import TradeReport
from regionrel.audit.keys import FigureKey
from regionrel.text import report_from_text
from regionrel.text.statements import Entity, read_statements

D = Decimal


@pytest.mark.parametrize(
    ("locale", "text", "name"),
    [
        ("ru", "Экспорт в страны дальнего зарубежья составил 1,2 млрд долларов.", "far abroad"),
        ("ru", "Экспорт в страны ближнего зарубежья составил 0,4 млрд долларов.", "near abroad"),
        ("ru", "Товарооборот со странами СНГ составил 500 млн долларов.", "CIS"),
        ("ru", "Импорт из стран СНГ составил 0,3 млрд долларов.", "CIS"),
        ("en", "Exports to non-CIS countries totaled $1.2 billion.", "far abroad"),
        ("en", "Trade with CIS countries amounted to $0.5 billion.", "CIS"),
        ("en", "Trade with the far abroad amounted to $1.5 billion.", "far abroad"),
    ],
)
def test_a_partner_group_is_named_the_audits_way(locale: str, text: str, name: str) -> None:
    (statement,) = read_statements(text, locale=locale)
    assert statement.entity is Entity.GROUP
    assert statement.entity_name == name


CONSISTENT = [
    (
        "ru",
        "В 2021 году экспорт области составил 2 млрд долларов. Экспорт в страны дальнего "
        "зарубежья составил 1,2 млрд долларов, в страны СНГ – 0,8 млрд долларов.",
        {
            FigureKey.group_value("far abroad", of="exports"): "1,2",
            FigureKey.group_value("CIS", of="exports"): "0,8",
        },
    ),
    (
        "en",
        "In 2021 the region's exports totaled $2 billion. Exports to non-CIS countries "
        "totaled $1.2 billion and exports to CIS countries $0.8 billion.",
        {
            FigureKey.group_value("far abroad", of="exports"): "1.2",
            FigureKey.group_value("CIS", of="exports"): "0.8",
        },
    ),
    (
        "ru",
        "В 2021 году товарооборот области составил 2 млрд долларов. Товарооборот со "
        "странами СНГ составил 500 млн долларов.",
        {FigureKey.group_value("CIS"): "0,500"},
    ),
]


@pytest.mark.parametrize(("locale", "text", "groups"), CONSISTENT)
def test_the_reporters_group_values_go_in_and_agree(
    locale: str, text: str, groups: dict[FigureKey, str]
) -> None:
    report = report_from_text(text, locale=locale)
    got = {key: value.text for key, value in report.statements if key.subject is not None}
    assert got == groups
    assert report.audit().ok


def test_group_values_that_do_not_add_up_are_flagged() -> None:
    text = (
        "В 2021 году экспорт области составил 2,0 млрд долларов. Экспорт в страны дальнего "
        "зарубежья составил 1,6 млрд долларов, в страны СНГ – 0,8 млрд долларов."
    )
    result = report_from_text(text, locale="ru").audit()
    assert not result.ok
    flagged = set().union(*result.suspects)
    assert flagged & {"exports", "group_value:exports:far abroad", "group_value:exports:CIS"}


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # the near abroad is not the CIS: its figures stay statements
        ("ru", "Экспорт в страны ближнего зарубежья составил 0,4 млрд долларов."),
        # a group's figure stated with two values (one is another group's): left out
        (
            "ru",
            "Экспорт в страны СНГ и ЕАЭС составил $660 млн и $617 млн соответственно.",
        ),
        # a forecast is no figure of the period
        ("en", "The administration expects non-CIS trade to grow to 600m US dollars in 2011."),
        # "about" a group's value: not certain enough to go in
        ("ru", "Товарооборот со странами СНГ составил около 500 млн долларов."),
    ],
)
def test_uncertain_group_figures_stay_out(locale: str, text: str) -> None:
    report = report_from_text(text, locale=locale)
    assert not [key for key, _ in report.statements if key.subject is not None]


def test_the_eu_beside_the_far_abroad_stays_out() -> None:
    # the EU lies inside the far abroad: their shares of one flow may add up to over 100%
    text = (
        "В 2021 году экспорт области составил 2 млрд долларов. Экспорт в страны дальнего "
        "зарубежья составил 1,2 млрд долларов, в страны ЕС – 0,7 млрд долларов."
    )
    report = report_from_text(text, locale="ru")
    subjects = {key.subject for key, _ in report.statements if key.subject is not None}
    assert subjects == {"far abroad"}
    assert report.audit().ok


_TENTHS = st.integers(min_value=1, max_value=99_999)


@given(cis=_TENTHS, far=_TENTHS)
def test_group_values_that_add_up_are_never_flagged(cis: int, far: int) -> None:
    def tenths(n: int) -> str:
        return f"{D(n).scaleb(-1):f}".replace(".", ",")

    text = (
        f"В 2021 году экспорт области составил {tenths(cis + far)} млн долларов. Экспорт "
        f"в страны дальнего зарубежья составил {tenths(far)} млн долларов, в страны СНГ – "
        f"{tenths(cis)} млн долларов."
    )
    report = report_from_text(text, locale="ru")
    assert len(report.statements) == 3, report.statements
    assert report.audit().ok


def test_group_values_survive_a_round_trip() -> None:
    from regionrel import serialize

    report = report_from_text(CONSISTENT[0][1], locale="ru")
    back = serialize.from_dict(TradeReport, serialize.to_dict(report))
    assert back == report


@pytest.mark.parametrize(
    ("split", "found", "precision"),
    # measured when group values went in (before: dev 1 of 38 found, test 1 of 22); the
    # ru13 branch lowers dev's precision to its measure, 22/25 (ru-pmr-2015-may gives
    # Romania's share of turnover to the EU named before it); the integrator resets it
    [("dev", 17, 0.88), ("test", 3, 0.6)],
)
def test_the_corpus_groups_figures_reach_the_report(
    split: str, found: int, precision: float
) -> None:
    from tests.corpus.paragraphs import DEV, TEST
    from tests.test_text_corpus import BENCH

    counts = BENCH.group_counts(DEV if split == "dev" else TEST)
    assert counts["found"] >= found, counts
    assert counts["right"] / counts["read"] >= precision, counts
