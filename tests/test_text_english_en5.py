"""The reader on the English shapes the fifth English corpus part met (issue 15), as rules.

Each test writes a construction in new words and states what the reader must make of
it: whose figure it is, what it measures, or that the report must leave it out.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import TradeReport
from regionrel.text.statements import Entity, Measure, TimeRole, read_statements


def figures(text: str) -> dict[str, str]:
    """The report's figures read from *text*, by name, as published."""
    return {name: figure.text for name, figure in TradeReport.from_text(text).figures}


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9))
def test_an_increase_of_less_than_a_hundred_percent_is_a_growth(whole: int, tenth: int) -> None:
    text = f"Trade came to 52.3 billion yuan, an increase of {whole}.{tenth} percent."
    assert figures(text) == {"turnover": "52.3", "turnover_growth": f"{whole}.{tenth}"}


def test_an_increase_of_more_than_a_hundred_percent_stays_an_index() -> None:
    assert figures("Trade came to 52.3 billion yuan, an increase of 121.3 percent.") == {
        "turnover": "52.3",
        "turnover_index": "121.3",
    }


@pytest.mark.parametrize("place", ["northwest China's", "north China's", "China's"])
def test_a_place_in_the_country_is_the_reporter_not_the_country(place: str) -> None:
    text = f"The foreign trade of {place} Xinjiang Uygur Autonomous Region rose 86.4 percent to 44.4 billion yuan."
    assert figures(text) == {"turnover": "44.4", "turnover_growth": "86.4"}
    # the country itself still is the country
    assert figures("China's foreign trade rose 3 percent to 4 trillion yuan.") == {}


def test_months_after_between_name_no_partner() -> None:
    text = "Between January and May Guangxi's imports and exports reached 287.5 billion yuan."
    assert figures(text) == {"turnover": "287.5"}
    text = "Trade between the region and Mongolia reached 10.65 billion yuan."
    assert figures(text) == {}


def test_the_regions_trade_as_a_whole_is_the_reporters() -> None:
    text = "The region's foreign trade as a whole amounted to $15.35 billion, up 26.8 percent."
    assert figures(text) == {"turnover": "15.35", "turnover_growth": "26.8"}
    assert figures("Russia's foreign trade as a whole grew 5 percent to $700 billion.") == {}


def test_a_group_named_after_a_bracketed_restatement_owns_the_amount() -> None:
    text = (
        "The region traded about 291.5 billion yuan (43 billion US dollars) worth of goods "
        "with the countries along the Belt and Road."
    )
    assert figures(text) == {}
    text = "The region traded goods worth 52.86 billion yuan with other countries."
    assert figures(text) == {"turnover": "52.86"}


def test_a_threshold_crossed_for_the_first_time_is_no_value() -> None:
    text = (
        "Trade of the region was worth 103.44 billion yuan. It was the first time that the "
        "region's foreign trade had passed 100 billion yuan."
    )
    assert figures(text) == {"turnover": "103.44"}
    passed = [s for s in read_statements(text) if s.figure.text == "100"]
    assert [(s.entity, s.time, s.qualifier) for s in passed] == [
        (Entity.REPORTER, TimeRole.OTHER, "over")
    ]
    # a bound with no milestone is still the period's bound
    assert TradeReport.from_text("Exports passed $1 billion.").bounds


def test_a_change_after_counted_trade_enterprises_is_the_counts() -> None:
    text = (
        "Exports reached 38.15 billion yuan. The region counted 15,308 registered foreign trade "
        "enterprises, 7.3 per cent more than a year earlier."
    )
    assert figures(text) == {"exports": "38.15"}
    changes = [s for s in read_statements(text) if s.figure.text == "7.3"]
    assert [(s.entity, s.measure) for s in changes] == [(Entity.OTHER_COUNT, Measure.GROWTH)]


def test_that_trade_points_back_at_the_entity_before() -> None:
    text = (
        "Guangxi traded $5.4 billion with ASEAN countries. That trade, which included $3.73 "
        "billion of exports, up 24.2 percent, made up 35.2 percent of the total."
    )
    assert figures(text) == {}
    text = "Exports reached $5.4 billion. That trade grew 5 percent."
    assert figures(text) == {"exports": "5.4", "turnover_growth": "5"}


def test_a_flow_with_no_subject_in_a_sentence_about_the_partner_is_the_partners() -> None:
    text = (
        "The oblast's trade with China exceeded $412 million. Exports came to almost $159 "
        "million, and imports of Chinese goods to $254 million."
    )
    assert figures(text) == {}
    # the reporter's own subject keeps it the reporter's
    text = (
        "The oblast's trade with China exceeded $412 million. The oblast's exports came to "
        "$1.5 billion, and imports of Chinese goods to $254 million."
    )
    assert figures(text) == {"exports": "1.5"}


def test_freight_shipments_are_all_goods_moved() -> None:
    text = "Freight traffic came to 2.4 mln tonnes, and the freight shipments were worth $4.7 bln."
    assert figures(text) == {"turnover": "4.7"}


@pytest.mark.parametrize(
    "subject", ["enterprises in municipal ownership", "private enterprises", "state-owned firms"]
)
def test_a_part_of_the_reporters_companies_is_a_group(subject: str) -> None:
    text = f"Exports rose 5 percent. By preliminary data, {subject} will end the year with a surplus of $38 million."
    assert figures(text) == {"exports_growth": "5"}
    assert figures("Companies of the region exported goods worth $38 million.") == {
        "exports": "38"
    }


@pytest.mark.parametrize(
    "subject", ["Exports, mostly machinery, textiles and shoes,", "Exports such as machinery"]
)
def test_goods_that_say_what_a_flow_is_made_of_leave_it_the_reporters(subject: str) -> None:
    assert figures(f"{subject} came to 7.7 billion dollars.") == {"exports": "7.7"}
    assert figures("Exports of machinery came to 7.7 billion dollars.") == {}


def test_a_trade_amount_given_as_a_percent_of_the_total_is_a_parts() -> None:
    text = (
        "Trade of the region rose 39.1 percent to 253.3 billion yuan. The free trade zone "
        "imported and exported goods worth 85.1 billion yuan, 33.6 percent of the region's total."
    )
    assert figures(text) == {"turnover": "253.3", "turnover_growth": "39.1"}
    # a flow's amount with its share of the turnover stays the reporter's flow
    assert figures("Exports reached $5 billion, 60 percent of the total turnover.") == {
        "exports": "5",
        "exports_share": "60",
    }


def test_a_text_about_one_partners_trade_keeps_its_flows_the_partners() -> None:
    text = (
        "Trade between the zone and Mongolia was worth 1.06 billion yuan, up 150.7 percent. "
        "Exports came to 60 million yuan, and imports to 1 billion yuan."
    )
    assert figures(text) == {}
    # a text that first names the reporter's own trade is about the reporter
    text = (
        "Foreign trade of the region kept growing this year. Trade with Mongolia rose 150.7 "
        "percent. Exports came to 60 million yuan, and imports to 1 billion yuan."
    )
    assert figures(text) == {"exports": "0.060", "imports": "1"}
    # but flows right after an amount of the partner's trade break that amount down
    # (60 million + 1 billion = 1.06 billion)
    text = (
        "Foreign trade of the region kept growing this year. Trade with Mongolia was worth "
        "1.06 billion yuan. Exports came to 60 million yuan, and imports to 1 billion yuan."
    )
    assert figures(text) == {}
