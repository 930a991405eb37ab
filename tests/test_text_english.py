"""The reader on English phrasings of real releases (issue 15): each pattern, as a rule, not a paragraph.

Every test states a construction the corpus met in its English paragraphs, written
here in new words, and what the reader must make of it: whose figure it is, what it
measures, which period it is for, or that it is no figure at all.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import TradeReport
from regionrel.text.amounts import GLUED_CODES, read_numbers
from regionrel.text.statements import Entity, Measure, TimeRole, read_statements
from regionrel.text.tokens import lemma


def figures(text: str) -> dict[str, str]:
    """The report's figures read from *text*, by name, as published."""
    return {name: figure.text for name, figure in TradeReport.from_text(text).figures}


def test_a_number_glued_to_a_currency_code_is_read() -> None:
    assert [str(n.value) for n in read_numbers("RMB52.86 billion and USD1.022,4 million")] == [
        "52.86",
        "1022.4",
    ]
    # only a code: a number glued to another word is no number ("B52", "XRMB5")
    assert read_numbers("a B52 and XRMB5") == []
    assert figures("Exports came to RMB11.44 billion, up 19.8%.") == {
        "exports": "11.44",
        "exports_growth": "19.8",
    }


@given(st.sampled_from(GLUED_CODES), st.integers(min_value=1, max_value=10**6))
def test_any_glued_code_reads_the_whole_number(code: str, value: int) -> None:
    (number,) = read_numbers(f"worth {code}{value} million")
    assert number.value == Decimal(value)


def test_the_lemmas_of_trade_verbs_and_nouns_ending_in_s() -> None:
    assert [lemma(w) for w in ("traded", "surplus", "process", "basis", "exports")] == [
        "trade",
        "surplus",
        "process",
        "basis",
        "export",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Imports climbed 35.3 percent to 99.26 billion yuan.", {"imports_growth": "35.3"}),
        ("Exports slipped 2% to 371 million dollars.", {"exports_growth": "-2"}),
        ("Exports tripled to $300 million.", {"exports_growth": "3"}),
        ("Imports halved to $100 million.", {"imports_fall": "2"}),
        ("Exports were $300 million, 2.4-fold more than in 2018.", {"exports_growth": "2.4"}),
        ("The province traded goods worth 142.46 billion yuan.", {"turnover": "142.46"}),
    ],
)
def test_english_verbs_of_change_and_multiples(text: str, expected: dict[str, str]) -> None:
    got = figures(text)
    assert {k: got[k] for k in expected} == expected


def test_ranges_are_no_figures() -> None:
    got = read_statements(
        "Next year the region should grow its exports by 5%-9% and imports by 1-2%."
    )
    assert got == ()
    assert figures("Exports are expected to rise by 12-15%.") == {}


def test_targets_are_not_the_main_period() -> None:
    text = (
        "In 2011 exports grew by 12%. The oblast is to raise its exports by 50% in 2012, and "
        "imports must not rise by more than 5%. Exports came to $4.8 million, far above the 7% "
        "target. The region has to bring exports to one billion dollars by 2024."
    )
    assert figures(text) == {"exports_growth": "12", "exports": "4.8"}
    times = {str(s.figure.value): s.time for s in read_statements(text)}
    assert times.get("50", TimeRole.OTHER) is TimeRole.OTHER
    assert times["5"] is TimeRole.OTHER
    assert times["7"] is TimeRole.OTHER
    assert times["1"] is TimeRole.OTHER


def test_a_weight_cue_makes_the_figures_after_it_tonnage() -> None:
    text = (
        "Trade came to $480 million, 9% more in value; in tonnage, trade grew by 20% to 332 "
        "thousand tons. By weight, imports were up 0.8%, while exports surged 3.6-fold."
    )
    assert figures(text) == {
        "turnover": "480",
        "turnover_growth": "9",
        "turnover_volume_growth": "20",
        "imports_volume_growth": "0.8",
    }
    measures = {str(s.figure.value): s.measure for s in read_statements(text)}
    assert measures["20"] is Measure.VOLUME_GROWTH
    assert measures["0.8"] is Measure.VOLUME_GROWTH


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("The region's exports fell to $2.9 billion from $3.4 billion a year earlier.", "3.4"),
        ("Turnover came to $1.1 billion in 2020, against $1.3 billion a year before.", "1.3"),
        ("Turnover was $1.1 billion, compared with $1.3 billion in the same period.", "1.3"),
    ],
)
def test_the_previous_period_value_of_a_change(text: str, previous: str) -> None:
    got = figures(text)
    flow = "exports" if "exports" in text else "turnover"
    assert got[f"{flow}_previous"] == previous
    assert len([k for k in got if k.startswith(flow) and "#" in k]) == 0


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Turnover reached $4.5bn. Russia's foreign trade as a whole grew by 12%.",
            Entity.COUNTRY,
        ),
        ("Turnover reached $4.5bn. Trade of the country as a whole grew by 12%.", Entity.COUNTRY),
        ("Turnover reached $4.5bn, while cement exports grew by 12%.", Entity.GOODS),
        ("Exports reached $4.5bn, of which $1.2 billion went to China, up 12%.", Entity.PARTNER),
    ],
)
def test_figures_of_other_entities_stay_out_of_the_report(text: str, entity: Entity) -> None:
    assert figures(text) == {"turnover" if "Turnover" in text else "exports": "4.5"}
    assert any(s.entity is entity for s in read_statements(text))


def test_a_described_reporter_is_still_the_reporter() -> None:
    assert figures(
        "Heilongjiang, China's northernmost province, traded goods worth 142.46 billion yuan, "
        "16.6 percent more than a year before. Inner Mongolia's imports grew 10.4 percent."
    ) == {"turnover": "142.46", "turnover_growth": "16.6", "imports_growth": "10.4"}
    assert figures("In 2022 exports from the Kurgan region increased by 22%.") == {
        "exports_growth": "22"
    }
    assert figures("The total value of its imports and exports hit $5 billion.") == {
        "turnover": "5"
    }


def test_total_figures_after_a_partner_clause_are_the_reporters() -> None:
    assert figures(
        "Exports to China rose 30% and exports to Germany fell 12%, while total exports grew 8%."
    ) == {"exports_growth": "8"}


def test_shares_of_flows_in_turnover() -> None:
    assert figures("The share of exports in turnover was 66.7%, imports 33.3%.") == {
        "exports_share": "66.7",
        "imports_share": "33.3",
    }
    assert figures(
        "Imports were 26.4% of the turnover and exports 73.6%. Imports came to $50,3 million, "
        "a share of 46,5%."
    ) == {
        "imports_share#1": "26.4",
        "exports_share": "73.6",
        "imports": "50.3",
        "imports_share#2": "46.5",
    }


def test_nine_months_is_no_amount() -> None:
    assert figures("Turnover rose 12.4% to $1.2 billion in 9M 2021.") == {
        "turnover": "1.2",
        "turnover_growth": "12.4",
    }


def test_scale_abbreviations_and_shares_stated_with_account_for() -> None:
    assert figures("Turnover amounted to USD 2 bln 345.6 mln, up by 7.7%.") == {
        "turnover": "2,345.6",
        "turnover_growth": "7.7",
    }
    assert figures(
        "The region's foreign trade turnover was $1.25 billion; exports accounted for 70%, "
        "imports for 30%."
    ) == {"turnover": "1.25", "exports_share": "70", "imports_share": "30"}


def test_a_partners_change_after_a_share_of_the_regions_turnover() -> None:
    text = (
        "Trade with Kazakhstan, the main partner, came to $500 million, or 40% of the region's "
        "turnover, up 9%."
    )
    assert figures(text) == {}
    assert all(s.entity is not Entity.REPORTER for s in read_statements(text))


def test_exceeded_makes_an_amount_a_lower_bound() -> None:
    (value, growth) = read_statements("The region's exports exceeded $1 billion, up 15%.")
    assert (value.qualifier, growth.qualifier) == ("over", "")


def test_a_countrys_turnover_named_after_of_and_a_previous_value_after_from() -> None:
    got = figures(
        "Foreign trade turnover of Belarus grew by 10%, while that of the Gomel region "
        "increased by 15% to $2.5 billion."
    )
    assert got.get("turnover_growth") != "10"  # the country's growth is never the region's
    assert figures("Exports rose to $1.5 billion last year from $1.2 billion in 2020.") == {
        "exports": "1.5",
        "exports_previous": "1.2",
    }


def test_another_place_that_trades_for_itself_keeps_its_figures() -> None:
    text = (
        "Liaoning province exported goods worth $41.2 billion, up 7.2 percent. Twelve cities "
        "grew: Dalian came first with $23.7 billion of exports, up 2 percent, Shenyang exported "
        "$4.14 billion, and Kazakhstan traded the most, followed by Russia with $6.1 billion."
    )
    read = figures(text)
    assert read == {"exports": "41.2", "exports_growth": "7.2"}
    partners = {s.entity_name for s in read_statements(text) if s.entity is Entity.PARTNER}
    assert partners == {"Dalian", "Shenyang", "Russia"}


def test_a_subject_that_is_the_reporter_stays_the_reporters() -> None:
    text = "Trade of Jilin Province grew. Over the year, Jilin exported $1.5 billion of goods."
    assert figures(text) == {"exports": "1.5"}


def test_double_digits_are_no_multiple() -> None:
    for words in ("has grown by double digits", "kept a double-digit growth"):
        text = f"Trade of the province came to 9.5 billion yuan and {words} since May."
        assert figures(text) == {"turnover": "9.5"}
    assert figures("Exports of the province doubled to $3 billion.") == {
        "exports_growth": "2",
        "exports": "3",
    }


def test_passing_a_mark_makes_the_mark_a_lower_bound() -> None:
    for verb in ("passed", "surpassed", "topped", "exceeded"):
        statements = read_statements(f"For the first time the region's trade {verb} $100 billion.")
        assert [(s.measure, s.qualifier) for s in statements] == [(Measure.VALUE, "over")]
    report = TradeReport.from_text(
        "For the first time the region's trade passed $100 billion: exports came to $60.1 "
        "billion and imports to $43.3 billion."
    )
    assert report.audit().ok


def test_the_year_of_an_outlook_is_not_the_main_year() -> None:
    text = (
        "The province expects its foreign trade to grow steadily in 2024. In 2023 its exports "
        "and imports came to 167.91 billion yuan, up 7.7 percent."
    )
    assert figures(text) == {"turnover": "167.91", "turnover_growth": "7.7"}
    assert all(s.time is TimeRole.MAIN for s in read_statements(text))


def test_an_elliptic_list_names_a_cargo_turnover_and_counts_beside_the_trade() -> None:
    text = (
        "Against 2009 the foreign trade turnover rose by 23.9%, the cargo turnover by 13.1%, "
        "the number of manifests by 21.2% and the number of traders by 10%."
    )
    assert figures(text) == {"turnover_growth": "23.9", "turnover_volume_growth": "13.1"}
    kinds = [(s.entity, s.measure, s.figure.text) for s in read_statements(text)]
    assert (Entity.OTHER_COUNT, Measure.GROWTH, "10") in kinds
    assert (Entity.OTHER_COUNT, Measure.GROWTH, "21.2") in kinds
    # the goods turnover of a "respectively" list keeps its money, the freight its tonnes
    read = figures(
        "The goods turnover and the freight turnover went down by 7.2% and 34.2%, respectively."
    )
    assert read["turnover_growth"] == "-7.2"
    assert "34.2" not in {v for k, v in read.items() if k != "turnover_volume_growth"}


def test_all_goods_and_a_verb_before_the_flow_name_no_goods_group() -> None:
    assert figures("Liaoning province shipped exports worth $41.25 billion, up 7.2 percent.") == {
        "exports": "41.25",
        "exports_growth": "7.2",
    }
    assert figures(
        "Exports of goods and services from the region came to 5,8 billion dollars and imports "
        "to 1,7 billion dollars."
    ) == {"exports": "5.8", "imports": "1.7"}
    assert figures("The region has exported products worth $180.4 million.") == {
        "exports": "180.4"
    }
    # a named group of products or of services stays a group
    for group in ("exports of electrical products", "exports of transport services"):
        assert figures(f"The region's {group} came to $1.5 million.") == {}


def test_a_gain_is_a_rise_and_a_country_named_in_an_apposition_is_where_the_reporter_is() -> None:
    assert figures("The province's trade came to 167.91 billion yuan, a gain of 7.7 percent.") == {
        "turnover": "167.91",
        "turnover_growth": "7.7",
    }
    assert figures(
        "The foreign trade of Yunnan Province, on China's southwest border, reached 224.11 "
        "billion yuan, up 37.7 percent."
    ) == {"turnover": "224.11", "turnover_growth": "37.7"}
    assert figures("China's foreign trade reached 4.1 trillion yuan, up 3 percent.") == {}


def test_a_partner_named_right_after_the_amount_and_a_border_that_is_a_place() -> None:
    text = (
        "Customs in Heilongjiang, China's province on the Russian border, said the province "
        "traded $8.96 billion with Russia, 30.8 percent more than a year before. The province's "
        "foreign trade stood at $14.8 billion, and its border trade at $2.1 billion."
    )
    assert figures(text) == {"turnover": "14.8"}
    partners = {s.entity_name for s in read_statements(text) if s.entity is Entity.PARTNER}
    assert partners == {"Russia"}


def test_a_goods_noun_that_opens_a_sentence_names_a_goods_group_and_a_name_does_not() -> None:
    text = "Trade of Sughd Province reached $101 million. Cement exports doubled in the year."
    assert figures(text) == {"turnover": "101"}
    goods = {s.entity_name for s in read_statements(text) if s.entity is Entity.GOODS}
    assert goods == {"Cement"}
    # the reporter's name, or an adjective of a name the text gives, opens its own exports
    assert figures("Sughd Province reports. Sughd exports came to $90.5 million.") == {
        "exports": "90.5"
    }
    assert figures(
        "Bashkortostan's trade grew. Bashkir exports are estimated at 5638 million USD."
    ) == {"exports": "5,638"}
    assert figures(
        "Exports of goods from the Sakhalin region came to 5,8 billion dollars in 2015."
    ) == {"exports": "5.8"}


def test_nationwide_totals_are_the_countrys() -> None:
    text = (
        "Nationwide, foreign trade grew 3.4 percent to 30.5 trillion yuan. The province's trade "
        "rose 7.7 percent to 167.91 billion yuan."
    )
    assert figures(text) == {"turnover": "167.91", "turnover_growth": "7.7"}
    assert {s.entity for s in read_statements(text)} == {Entity.COUNTRY, Entity.REPORTER}


@pytest.mark.parametrize(
    "base", ["; compared with 2019 it rose 72.7 percent", " and up 72.7 percent over 2019"]
)
def test_a_change_against_an_older_year_is_of_another_period(base: str) -> None:
    text = (
        f"In 2021 the province's foreign trade reached 365.66 billion yuan, up 60 percent{base}."
    )
    assert figures(text) == {"turnover": "365.66", "turnover_growth": "60"}
    other = [s for s in read_statements(text) if s.time is TimeRole.OTHER]
    assert [s.figure.text for s in other] == ["72.7"]


def test_goods_named_after_of_and_a_partners_goods() -> None:
    text = "Exports of cement rose 12% to $4 million, while total exports grew 5% to $1.2 billion."
    assert figures(text) == {"exports": "1.2", "exports_growth": "5"}
    assert figures("Exports of the region rose 5% to $1.2 billion.") == {
        "exports": "1.2",
        "exports_growth": "5",
    }
    text = (
        "The oblast's trade with China exceeded $412 million. Its exports came to $1.5 billion "
        "and imports of Chinese goods to $254 million."
    )
    assert figures(text) == {"exports": "1.5"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 the region's exports were 37% less than a year earlier, at $3.4 billion.",
        "In 2015 the region's exports stood at $3.4 billion, 37% less than a year earlier.",
    ],
)
def test_a_year_earlier_that_is_the_base_of_a_change_leaves_the_amount_in_the_main_year(
    text: str,
) -> None:
    assert figures(text) == {"exports": "3.4", "exports_growth": "-37"}


def test_an_amount_of_a_year_earlier_stays_a_previous_value() -> None:
    assert figures("In 2015 exports came to $3.4 billion; a year earlier, $5.4 billion.") == {
        "exports": "3.4",
        "exports_previous": "5.4",
    }


def test_a_percent_compared_to_a_year_without_a_direction_is_an_index() -> None:
    text = (
        "Exports of the Gomel region in 2019 amounted to $4.2 billion, or 98.5% compared to 2018."
    )
    assert figures(text) == {"exports": "4.2", "exports_index": "98.5"}
    # with a direction it stays a growth
    text = "Exports of the Gomel region in 2019 rose 4.5% compared to 2018, to $4.2 billion."
    assert figures(text) == {"exports": "4.2", "exports_growth": "4.5"}


def test_raised_is_a_rise_and_a_period_before_the_flow_names_no_goods() -> None:
    text = (
        "Brest Oblast raised its exports of goods by 11.5% in January-May 2022. Over the five "
        "months exports grew by 11.5% to $1.31 billion."
    )
    assert figures(text) == {"exports_growth": "11.5", "exports": "1.31"}


def test_a_flow_there_is_the_last_named_partners() -> None:
    text = (
        "In 2022 the oblast's exports came to $1.31 billion. China stays a priority: this year the "
        "oblast brought its exports there back to growth, up 6% ($40 million)."
    )
    assert figures(text) == {"exports": "1.31"}
    assert {s.entity for s in read_statements(text)} == {Entity.REPORTER, Entity.PARTNER}


def test_a_part_in_brackets_after_a_groups_share_is_the_groups() -> None:
    text = (
        "In 2019 the region's turnover was $1,089.3 million. The CIS countries accounted for "
        "35.2% of the region's turnover ($383.5 million)."
    )
    assert figures(text) == {"turnover": "1,089.3", "group_value:CIS": "383.5"}
    groups = [s for s in read_statements(text) if s.entity is Entity.GROUP]
    assert [s.figure.text for s in groups if s.measure is Measure.VALUE] == ["383.5"]
    # the reporter's own flow keeps its part
    text = "In 2019 the region's turnover was $1.0 billion. Exports were 60% of it ($600 million)."
    assert figures(text)["exports"] == "0.600"


def test_pct_is_a_percent_and_a_countrys_possessive_before_a_region_is_the_regions() -> None:
    assert figures(
        "The province's exports were up 12.3 pct year on year at 45.6 billion yuan."
    ) == {
        "exports": "45.6",
        "exports_growth": "12.3",
    }
    text = "The trade turnover of Uzbekistan's Fergana region reached $1.7 billion in 2021."
    assert figures(text) == {"turnover": "1.7"}
    assert figures("The foreign trade turnover of Belarus reached $80.2 billion.") == {}
