"""Reading report prose: the seed, paragraphs in both languages, near misses, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionrel
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.text import (
    Direction,
    FlowRole,
    PeriodRole,
    SubjectKind,
    extract,
    report_from_text,
    split_sentences,
)
from regionrel.text.lookup import find_region, name_forms
from tests.data_texts import PARAGRAPHS

# The seed as published, kept in the repository beside the example that reads it.
SEED = Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED_TEXT


def test_seed_figures_roles_and_spans(seed: str) -> None:
    found = extract(seed)
    figures = {f.role: f for f in found.figures}
    assert {r: f.figure.text for r, f in figures.items()} == {
        FlowRole.TURNOVER: "10,224.9",
        FlowRole.EXPORTS: "7,109",
        FlowRole.IMPORTS: "4,115.9",
    }
    for figure in found.figures:
        assert figure.figure.span is not None
        assert seed[slice(*figure.figure.span)] == figure.figure.text
        assert figure.period == Period.year(2018)
        assert figure.currency == "USD"
        assert figure.scale is regionrel.scales.Scale.MILLION
        assert found.at(figure.span).endswith("million US dollars")
    subject = figures[FlowRole.TURNOVER].subject
    assert subject is not None
    assert subject.kind is SubjectKind.REPORTER
    assert found.reporter is not None
    assert found.reporter.name == "Leningrad Region"


def test_seed_changes_tied_to_their_figures(seed: str) -> None:
    found = extract(seed)
    tied = {
        (c.role, found.at(c.figure.span), c.of.figure.text if c.of else None)
        for c in found.changes
    }
    # The turnover's rate precedes its figure; the flows' rates follow theirs.
    assert tied == {
        (FlowRole.TURNOVER, "21.5", "10,224.9"),
        (FlowRole.EXPORTS, "25.7", "7,109"),
        (FlowRole.IMPORTS, "14.8", "4,115.9"),
    }
    turnover = next(c for c in found.changes if c.role is FlowRole.TURNOVER)
    assert turnover.base == Period.year(2017)
    assert turnover.direction is Direction.UP
    assert turnover.signed_percent == 21.5
    assert found.ambiguities == ()


def test_seed_exceed_count_shares_ranks(seed: str) -> None:
    found = extract(seed)
    (exceed,) = found.exceeds
    assert (exceed.larger, exceed.smaller, exceed.figure.text) == (
        FlowRole.EXPORTS,
        FlowRole.IMPORTS,
        "73",
    )
    assert [c.count for c in found.partner_counts] == [160]
    shares = [
        (s.region.iso_code if s.region else None, found.at(s.share.span), s.of, s.inherited)
        for s in found.shares
    ]
    assert shares == [
        ("CN", "15.6", FlowRole.TURNOVER, False),
        ("NL", "9.2", FlowRole.TURNOVER, True),
        ("FI", "7.4", FlowRole.TURNOVER, True),
        ("DE", "6.6", FlowRole.TURNOVER, True),
        ("US", "5.0", FlowRole.TURNOVER, True),
        ("DK", "5.0", FlowRole.TURNOVER, True),
    ]
    assert found.at(found.shares[0].span) == "the PRC (15.6% of trade)"
    ranks = [
        (r.position, r.role, r.group, r.region.name if r.region else None) for r in found.ranks
    ]
    assert ranks == [
        (2, FlowRole.EXPORTS, "North-West Federal District", "Leningrad Region"),
        (3, FlowRole.IMPORTS, "North-West Federal District", "Leningrad Region"),
    ]


def test_seed_periods_dates_regions(seed: str) -> None:
    found = extract(seed)
    terms = [(p.text, p.period, p.repaired) for p in found.periods if p.role is PeriodRole.TERM]
    assert terms == [
        ("20182021", Period.span(2018, 2021), True),
        ("2018-2020", Period.span(2018, 2020), False),
    ]
    assert [p.period for p in found.periods if p.role is PeriodRole.BASE] == [Period.year(2017)]
    (date,) = found.dates
    assert (date.date, date.label, found.at(date.span)) == (
        dt.date(2021, 1, 12),
        "updated",
        "12.01.2021",
    )
    names = {m.region.name for m in found.regions}
    assert {
        "Leningrad Region",
        "Uzbekistan",
        "Kursk Region",
        "Republic of Crimea",
        "China",
        "Tajikistan",
    } <= names
    assert "United States" in names  # "the USA (5.0%)", not the "US" of "US dollars"
    assert all(found.at(m.span) == m.text for m in found.regions)
    assert not any(m.text == "US" for m in found.regions)


def test_seed_agreements_plans_forums_visits(seed: str) -> None:
    found = extract(seed)
    crimea, kursk = found.plans
    assert crimea.term is not None
    assert crimea.term.period == Period.span(2018, 2021)
    assert crimea.term.repaired
    assert [p.name for p in crimea.agreement.parties] == [
        "Government of the Leningrad Region",
        "Council of Ministers of the Republic of Crimea",
    ]
    assert [p.region.name for p in crimea.agreement.parties if p.region] == [
        "Leningrad Region",
        "Republic of Crimea",
    ]
    assert crimea.agreement.title == "Cooperation Agreement"
    assert crimea.signed == Period.year(2018)
    assert kursk.term is not None
    assert kursk.term.period == Period.span(2018, 2020)
    assert kursk.agreement.subjects == (
        "trade and economic",
        "scientific and technical",
        "social and cultural",
    )
    assert [p.body for p in kursk.agreement.parties] == ["Government", "Administration"]
    forums = [(f.edition, [c.name for c in f.countries]) for f in found.forums]
    assert forums == [
        (9, ["Russia", "Azerbaijan"]),
        (7, ["Russia", "Armenia"]),
        (6, ["Russia", "Tajikistan"]),
        (9, ["Russia", "Abkhazia"]),
    ]
    (visit,) = found.visits
    assert [v.region.name for v in visit.visitors] == ["Fergana Region", "Bukhara Region"]
    assert visit.host is not None
    assert visit.host.region.name == "Leningrad Region"


def test_seed_unread_sentences_are_the_ones_without_facts(seed: str) -> None:
    found = extract(seed)
    assert [u.text.split()[0] for u in found.unread] == ["Foreign", "During", "In", "For"]
    assert all(found.at(u.span) == u.text for u in found.unread)


def test_seed_report_audit_points_at_the_mistyped_turnover(seed: str) -> None:
    report = report_from_text(seed)
    result = report.audit()
    assert not result.ok
    assert result.suspects[0] == frozenset({"turnover"})
    assert str(result.suggestions["turnover"]) == "11224.9"
    span = report.figure("turnover").span
    assert span is not None
    assert seed[span[0] : span[1]] == "10,224.9"


@pytest.mark.parametrize(("text", "locale", "amounts", "changes"), PARAGRAPHS)
def test_paragraphs_every_figure_tied_to_its_role(
    text: str, locale: str, amounts: dict[str, str], changes: dict[str, tuple[str, str]]
) -> None:
    found = extract(text, locale=locale)
    got = {f.role.value: found.at(f.figure.span) for f in found.figures if f.is_total}
    assert got == amounts
    got_changes = {
        c.role.value: (found.at(c.figure.span), c.direction.value) for c in found.changes if c.role
    }
    assert got_changes == changes
    assert found.ambiguities == ()
    for change in found.changes:
        if change.of is not None:
            assert change.of.role is change.role


def test_russian_shares_ranks_counts() -> None:
    text = PARAGRAPHS[5][0]
    found = extract(text, locale="ru")
    assert [
        (s.region.iso_code, found.at(s.share.span), s.of, s.inherited)
        for s in found.shares
        if s.region
    ] == [
        ("BY", "22,4", FlowRole.TURNOVER, False),
        ("CN", "12,1", FlowRole.TURNOVER, True),
    ]
    assert [c.count for c in found.partner_counts] == [74]
    pskov = extract(PARAGRAPHS[6][0], locale="ru")
    assert [(r.position, r.role) for r in pskov.ranks] == [(7, FlowRole.EXPORTS)]
    assert pskov.ranks[0].group is not None
    assert "федерального округа" in pskov.ranks[0].group


def test_russian_typo_paragraph_is_audited() -> None:
    report = report_from_text(PARAGRAPHS[7][0], locale="ru")
    result = report.audit()
    assert not result.ok
    assert frozenset({"turnover"}) in result.suspects


def test_english_typo_paragraph_and_ranks() -> None:
    found = extract(PARAGRAPHS[2][0])
    assert [(r.position, r.role, r.group) for r in found.ranks] == [
        (9, FlowRole.EXPORTS, "Central Federal District"),
        (11, FlowRole.IMPORTS, "Central Federal District"),
    ]
    report = report_from_text(PARAGRAPHS[2][0])
    assert report.figure("exports_growth").kind.value == "multiple"
    assert str(report.figure("turnover").value) == "2517.3"  # 1,094.5 + 1,322.8 is 2,417.3


def test_balance_and_deficit() -> None:
    found = extract("In 2019, the trade deficit amounted to 12.5 million US dollars.")
    (figure,) = found.figures
    assert figure.role is FlowRole.BALANCE
    assert figure.negative
    assert figure.amount == -12_500_000
    report = report_from_text("In 2019, the trade deficit amounted to 12.5 million US dollars.")
    assert report.figure("balance").value == -12.5


def test_partner_and_goods_subjects_are_not_totals() -> None:
    text = (
        "In 2018, trade turnover with China amounted to 1,751.2 million US dollars. "
        "Exports of mineral products amounted to 3,000 million US dollars."
    )
    found = extract(text)
    kinds = [(f.role, f.subject.kind if f.subject else None) for f in found.figures]
    assert kinds == [
        (FlowRole.TURNOVER, SubjectKind.PARTNER),
        (FlowRole.EXPORTS, SubjectKind.GOODS),
    ]
    assert found.figures[0].subject is not None
    assert found.figures[0].subject.region is not None
    assert report_from_text(text).names == ()


def test_respectively_distributes_and_compound_without_it_is_ambiguous() -> None:
    text = "Exports and imports amounted to 7,109 and 4,115.9 million US dollars, respectively."
    found = extract(text)
    assert [(f.role, f.figure.text) for f in found.figures] == [
        (FlowRole.EXPORTS, "7,109"),
        (FlowRole.IMPORTS, "4,115.9"),
    ]
    found = extract("Exports and imports increased by 20%.")
    assert found.changes == ()
    (ambiguity,) = found.ambiguities
    assert ambiguity.candidates == ("exports", "imports")
    assert found.at(ambiguity.span) == "increased by 20%"


def test_change_after_an_elliptical_clause_is_ambiguous() -> None:
    text = "Exports amounted to 7,109 million US dollars, imports to 4,115.9 million US dollars, up 14.8%."
    found = extract(text)
    assert [f.role for f in found.figures] == [FlowRole.EXPORTS, FlowRole.IMPORTS]
    assert found.changes == ()
    assert found.ambiguities[0].candidates == ("exports", "imports")


def test_pronoun_points_back_and_change_before_two_flows_is_ambiguous() -> None:
    found = extract("Exports amounted to 7,109 million US dollars; it increased by 25.7%.")
    assert [(c.role, found.at(c.figure.span)) for c in found.changes] == [
        (FlowRole.EXPORTS, "25.7")
    ]
    found = extract("Up 5%, exports and imports grew.")
    assert found.changes == ()
    assert found.ambiguities


#: Sentences near the vocabulary that must come back unread (or without figures), never misread.
NEAR_MISSES = [
    ("The region hosted 160 delegations.", "en"),
    ("Unemployment increased by 2.5%.", "en"),
    ("The population amounted to 1,800 thousand people.", "en"),
    ("Exports fell by a third.", "en"),
    ("In 2018 there were 45 investment projects.", "en"),
    ("Экспорт уступает импорту.", "ru"),
    ("Безработица выросла на 2,5%.", "ru"),
    ("Численность населения составила 1 800 тыс. человек.", "ru"),
    ("Прибыло 12 делегаций.", "ru"),
    ("The turnover of retail trade amounted to 300 billion rubles.", "en"),
    ("Retail turnover amounted to 300 billion rubles.", "en"),
    ("Investments amounted to 500 million rubles.", "en"),
    ("The number of employees increased by 5%.", "en"),
    ("Exports of the Foo Bar Province amounted to 5 million US dollars.", "en"),
    ("The export-oriented companies employ 5,000 people.", "en"),
    ("In 2018, 160 countries bought goods from the region.", "en"),
    ("Оборот розничной торговли составил 300 млрд руб.", "ru"),
    ("Инвестиции составили 500 млн руб.", "ru"),
    ("Число занятых выросло на 5%.", "ru"),
]


@pytest.mark.parametrize(("text", "locale"), NEAR_MISSES)
def test_near_misses_come_back_unread(text: str, locale: str) -> None:
    found = extract(text, locale=locale)
    assert found.figures == ()
    assert found.changes == ()
    assert found.exceeds == ()
    assert found.shares == ()
    assert found.ranks == ()
    assert found.partner_counts == ()
    assert found.unread, text
    assert all(found.at(u.span) == u.text for u in found.unread)


def test_number_left_over_in_an_understood_sentence_is_reported() -> None:
    found = extract("Exports amounted to 7,109 million US dollars (due to 30 new contracts).")
    assert [f.figure.text for f in found.figures] == ["7,109"]
    assert any("'30'" in u.reason for u in found.unread)


def test_malformed_number_is_unread() -> None:
    found = extract("Exports amounted to 1,5 million US dollars.")
    assert found.figures == ()
    assert any("malformed" in u.reason for u in found.unread)


def test_conflicting_figures_are_listed_not_raised() -> None:
    text = "Exports amounted to 7,109 million US dollars. Exports amounted to 7,200 million US dollars."
    report = report_from_text(text)
    assert report.figure("exports").text == "7,109"
    (conflict,) = extract(text).ambiguities
    assert conflict.candidates == ("exports: 7,109", "exports: 7,200")
    assert text[conflict.span[0] : conflict.span[1]] == "7,200 million US dollars"


def test_mixed_scales_become_the_largest() -> None:
    text = (
        "Exports amounted to 7,109 million US dollars. Imports amounted to 4.1 billion US dollars."
    )
    report = report_from_text(text)
    assert report.scale == "billion"
    assert [(n, f.text) for n, f in report.figures] == [("exports", "7.109"), ("imports", "4.1")]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: extract(12), "extract: 'text' must be a str (got 12)"),  # type: ignore[arg-type]
        (lambda: extract("x", locale="fr"), "extract: 'locale' must be 'en' or 'ru' (got 'fr')"),
        (lambda: split_sentences(None), "split_sentences: 'text' must be a str (got None)"),  # type: ignore[arg-type]
    ],
)
def test_bad_input_messages(call: object, message: str) -> None:
    with pytest.raises((WrongTypeError, ValidationError)) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


def test_at_refuses_a_span_outside_the_text() -> None:
    found = extract("Exports grew.")
    with pytest.raises(
        ValidationError,
        match=r"Extraction.at: 'span' must be a \(start, end\) pair inside the text \(got \(0, 99\) that is a tuple\)",
    ):
        found.at((0, 99))
    with pytest.raises(ValidationError, match="got None"):
        found.at(None)


def test_lookup_forms() -> None:
    assert find_region("the Leningrad Region") is not None
    leningrad = find_region("Ленинградской области")
    assert leningrad is not None
    assert leningrad.name == "Leningrad Region"
    crimea = find_region("Республики Крым")
    assert crimea is not None
    assert crimea.name == "Republic of Crimea"
    assert find_region("Zzyzx") is None
    assert name_forms("Китая")[0] == "Китая"


@given(
    st.text(
        alphabet="Exports amounted to 7,109.5 million US dollars;() 0123456789%.\n", max_size=120
    )
)
def test_any_text_reads_without_error_and_spans_point_into_it(text: str) -> None:
    found = extract(text)
    spans = [i.span for i in found.figures] + [i.span for i in found.changes]
    spans += [i.span for i in found.unread] + [i.span for i in found.ambiguities]
    for start, end in spans:
        assert 0 <= start <= end <= len(text)
    for figure in found.figures:
        assert figure.figure.span is not None
        assert found.at(figure.figure.span) == figure.figure.text


@given(
    st.integers(1, 99_999),
    st.integers(0, 9),
    st.sampled_from(["exports", "imports", "turnover"]),
    st.integers(1, 999),
)
def test_generated_sentences_round_trip(whole: int, tenth: int, flow: str, rate: int) -> None:
    amount = f"{whole:,}.{tenth}"
    growth = f"{rate / 10:.1f}"
    text = f"In 2019, {flow} amounted to {amount} million US dollars and increased by {growth}%."
    found = extract(text)
    (figure,) = found.figures
    assert (figure.role.value, figure.figure.text) == (flow, amount)
    (change,) = found.changes
    assert change.of == figure
    assert found.at(change.figure.span) == growth


def test_trade_report_from_text_is_the_public_entry(seed: str) -> None:
    report = regionrel.TradeReport.from_text(seed)
    result = report.audit()
    assert result.suspects[0] == frozenset({"turnover"})
    assert found_text(seed, report.figure("turnover").span) == "10,224.9"
    russian = regionrel.TradeReport.from_text(PARAGRAPHS[4][0], locale="ru")
    assert russian.audit().suspects[0] == frozenset({"turnover"})
    assert found_text(PARAGRAPHS[4][0], russian.figure("turnover").span) == "10 224,9"


def found_text(text: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    return text[span[0] : span[1]]
