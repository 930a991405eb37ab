"""From what the text reader found to the relations model: events, agreements, plans, trade."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.agreements import Agreement, SubjectArea
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.events import EventKind, region_of
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan
from regionrel.regions import GoverningBody
from regionrel.text import (
    AgreementMention,
    ForumMention,
    PartyMention,
    PlanMention,
    RegionMention,
    VisitMention,
    extract,
)
from tests.data_texts import EN_KURSK_2019, RU_PSKOV_2020

SEED = (Path(__file__).parents[1] / "examples" / "leningrad_2018.txt").read_text()
LENINGRAD = gazetteer.get("RU-LEN")

RU_RELATIONS = (
    "В 2019 году делегации Ферганской и Бухарской областей посетили Ленинградскую область. "
    "Подписан план мероприятий по реализации Соглашения между Правительством Ленинградской "
    "области и Советом министров Республики Крым о торгово-экономическом, социальном и "
    "культурном сотрудничестве на 2019-2021 годы. Делегация приняла участие в IX "
    "Российско-Азербайджанском межрегиональном форуме. Экспорт Ленинградской области "
    "составил 7 109 млн долларов США, импорт составил 4 115,9 млн долларов США."
)
EN_TVER_RELATIONS = (
    "In 2020, a delegation of the Tver Region visited the Republic of Belarus. In 2020, the "
    "delegations of the Tver Region took part in the XII Russian-Belarusian Forum. In 2020, an "
    "action plan was signed to implement the Agreement between the Government of the Tver Region "
    "and the Administration of the Kursk Region for 2020-2022."
)


def _body(name: str) -> GoverningBody:
    return gazetteer.governing_body(name)


# ---- the seed --------------------------------------------------------------------------------


def test_seed_relations() -> None:
    relations = extract(SEED).relations()
    assert relations.region == LENINGRAD
    forums = [e for e in relations.events if e.kind is not EventKind.DELEGATION_VISIT]
    assert [(e.edition, e.partner.name if e.partner else None) for e in forums] == [
        (9, "Azerbaijan"),
        (7, "Armenia"),
        (6, "Tajikistan"),
        (9, "Abkhazia"),
    ]
    assert [e.kind for e in forums] == [
        EventKind.FORUM,
        EventKind.FORUM,
        EventKind.CONFERENCE,
        EventKind.BUSINESS_FORUM,
    ]
    assert all(e.when == Period.year(2018) and e.host is None for e in forums)
    (visit,) = [e for e in relations.events if e.kind is EventKind.DELEGATION_VISIT]
    assert visit.host == LENINGRAD
    assert [region_of(p).name for p in visit.participants] == ["Fergana Region", "Bukhara Region"]
    crimea, kursk = relations.plans
    assert (crimea.period, kursk.period) == (Period.span(2018, 2021), Period.span(2018, 2020))
    assert crimea.signed_in == kursk.signed_in == Period.year(2018)
    assert crimea.signed_on is None
    assert kursk.signed_on is None
    assert [p.name for p in crimea.parties] == [
        "Government of the Leningrad Region",
        "Council of Ministers of the Republic of Crimea",
    ]
    assert [p.name for p in kursk.parties] == [
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
    ]
    assert set(relations.agreements) == {crimea.agreement, kursk.agreement}
    assert kursk.agreement.areas == {
        SubjectArea.TRADE_AND_ECONOMIC,
        SubjectArea.SCIENTIFIC_AND_TECHNICAL,
        SubjectArea.SOCIAL,
        SubjectArea.CULTURAL,
    }
    # Nothing invented: no signing day, and no plan period put on the agreements as a term.
    for deal in relations.agreements:
        assert deal.signed_on is None
        assert deal.term.kind.name == "OPEN_ENDED"
    (balance,) = relations.trade
    assert balance.exports == Money(Decimal("7109000000"), "USD")
    assert balance.imports == Money(Decimal("4115900000"), "USD")
    assert balance.period == Period.year(2018)
    assert balance.reporter == LENINGRAD


def test_seed_summary_states_the_plans() -> None:
    summary = extract(SEED).relations().summary(2018)
    assert (
        "In 2018, an action plan was signed to implement the Cooperation Agreement between the "
        "Government of the Leningrad Region and the Council of Ministers of the Republic of Crimea "
        "for 2018-2021 and an action plan to implement the Agreement between the Government of "
        "the Leningrad Region and the Administration of the Kursk Region on trade and economic, "
        "scientific and technical, social and cultural cooperation for 2018-2020."
    ) in summary
    assert (
        "took part in the work of conferences and forums: the Ninth Russian-Azerbaijani" in summary
    )
    assert "action plan" not in extract(SEED).relations().summary(2019)


def test_relations_for_another_region_keep_only_what_concerns_it() -> None:
    kursk = gazetteer.get("RU-KRS")
    relations = extract(SEED).relations(kursk)
    assert [p.period for p in relations.plans] == [Period.span(2018, 2020)]
    assert relations.trade == ()
    assert [e.kind for e in relations.events] == [EventKind.FORUM, EventKind.FORUM,
                                                 EventKind.CONFERENCE, EventKind.BUSINESS_FORUM]  # fmt: skip


# ---- other paragraphs ----------------------------------------------------------------------


def test_russian_relations() -> None:
    relations = extract(RU_RELATIONS, locale="ru").relations()
    assert relations.region == LENINGRAD
    visit, forum = sorted(relations.events, key=lambda e: e.kind.value)
    assert visit.kind is EventKind.DELEGATION_VISIT
    assert (forum.edition, forum.partner, forum.when) == (
        9,
        gazetteer.get("AZ"),
        Period.year(2019),
    )
    (plan,) = relations.plans
    assert plan.period == Period.span(2019, 2021)
    assert plan.signed_in == Period.year(2019)
    assert [p.name for p in plan.parties] == [
        "Government of the Leningrad Region",
        "Council of Ministers of the Republic of Crimea",
    ]
    assert plan.agreement.areas == {
        SubjectArea.TRADE_AND_ECONOMIC,
        SubjectArea.SOCIAL,
        SubjectArea.CULTURAL,
    }
    assert plan.agreement.title.startswith("Соглашения между Правительством")
    assert plan.agreement.title.endswith("сотрудничестве")
    (balance,) = relations.trade
    assert balance.imports == Money(Decimal("4115900000"), "USD")
    assert "In 2019, an action plan was signed to implement" in relations.summary(2019)


def test_english_relations_of_another_region() -> None:
    relations = extract(EN_TVER_RELATIONS).relations(gazetteer.get("RU-TVE"))
    kinds = sorted(e.kind.value for e in relations.events)
    assert kinds == ["delegation visit", "forum"]
    forum = next(e for e in relations.events if e.kind is EventKind.FORUM)
    assert (forum.edition, forum.partner) == (12, gazetteer.get("BY"))
    (plan,) = relations.plans
    assert (plan.period, plan.signed_in) == (Period.span(2020, 2022), Period.year(2020))
    assert relations.trade == ()


def test_trade_paragraphs() -> None:
    kursk = extract(EN_KURSK_2019).relations()
    (balance,) = kursk.trade
    assert (balance.exports, balance.imports, balance.period) == (
        Money(Decimal("612400000"), "USD"),
        Money(Decimal("730200000"), "USD"),
        Period.year(2019),
    )
    assert (kursk.events, kursk.plans, kursk.agreements) == ((), (), ())
    pskov = extract(RU_PSKOV_2020, locale="ru").relations()
    (balance,) = pskov.trade
    assert balance.exports == Money(Decimal("402700000"), "USD")
    assert balance.reporter == gazetteer.get("RU-PSK")


def test_trade_left_unset_when_a_flow_is_missing() -> None:
    found = extract(
        "In 2018, exports of the Leningrad Region amounted to 7,109 million US dollars."
    )
    assert found.relations().trade == ()


# ---- conversions and their errors ----------------------------------------------------------


def _party(name: str, region_code: str | None = None) -> PartyMention:
    region = None if region_code is None else gazetteer.get(region_code)
    return PartyMention(name.split(" of ")[0], name, (0, len(name)), region)


LO_PARTY = _party("Government of the Leningrad Region")
KURSK_PARTY = _party("Administration of the Kursk Region")
HOST = RegionMention(LENINGRAD, "Leningrad Region", (0, 16))


def test_party_in_russian_case() -> None:
    crimea = _body("Council of Ministers of the Republic of Crimea")
    party = PartyMention(
        "Советом министров", "Советом министров Республики Крым", (0, 33), crimea.region
    )
    assert party.to_body() == crimea


def test_agreement_title_defaults_to_the_word_read() -> None:
    deal = AgreementMention("Agreement", (LO_PARTY, KURSK_PARTY), (0, 9)).to_agreement()
    assert deal.title == "Agreement"
    assert deal.areas == frozenset()


ERRORS: list[tuple[Callable[[], object], type[Exception], str]] = [
    (
        lambda: _party("Government of the Narnia Region").to_body(),
        ValidationError,
        "PartyMention: 'parties' must name a governing body of a known region "
        "(is not a known region name) (got 'Government of the Narnia Region')",
    ),
    (
        lambda: _party("Senate of the Leningrad Region", "RU-LEN").to_body(),
        ValidationError,
        "PartyMention: 'parties' must name a governing body of a known region (must be one of "
        "'Government', 'Administration', 'Council of Ministers', 'Cabinet of Ministers', "
        "'Khokimiyat', 'Legislative Assembly', 'Regional Executive Committee', "
        "'City Executive Committee', 'Akimat', \"People's Government\") "
        "(got 'Senate of the Leningrad Region')",
    ),
    (
        lambda: AgreementMention(
            "Agreement", (LO_PARTY, KURSK_PARTY), (0, 1), ("космическом",)
        ).to_agreement(),
        ValidationError,
        "AgreementMention: 'subjects' must name only known subject areas (got 'космическом')",
    ),
    (
        lambda: AgreementMention(
            "Agreement", (LO_PARTY, KURSK_PARTY), (0, 1), ("orbital",)
        ).to_agreement(),
        ValidationError,
        "AgreementMention: 'subjects' must name only known subject areas (got 'orbital')",
    ),
    (
        lambda: PlanMention(
            AgreementMention("A", (LO_PARTY, KURSK_PARTY), (0, 1)), (0, 1)
        ).to_plan(),
        ValidationError,
        "PlanMention: 'term' must be named in the text to make an action plan (got None)",
    ),
    (
        lambda: ForumMention("Ninth Forum", (0, 11), 9).to_event(),
        ValidationError,
        "ForumMention: 'period' must be named in the text to make an event (got None)",
    ),
    (
        lambda: ForumMention("Ninth Gathering", (0, 1), 9, period=Period.year(2018)).to_event(),
        ValidationError,
        "ForumMention: 'name' must name a kind of event (names no kind of event (forum, "
        "conference, business forum, meeting, exhibition, delegation visit)) "
        "(got 'Ninth Gathering')",
    ),
    (
        lambda: VisitMention((HOST,), (0, 1)).to_event(),
        ValidationError,
        "VisitMention: 'host' must be named in the text to make a visit (got None)",
    ),
    (
        lambda: VisitMention((HOST,), (0, 1), HOST).to_event(),
        ValidationError,
        "VisitMention: 'period' must be named in the text to make an event (got None)",
    ),
    (
        lambda: extract(
            "In 2018, the delegation took part in the Ninth Russian-Azerbaijani Forum."
        ).relations(),
        ValidationError,
        "Extraction.relations: 'region' must be given when the text names no reporting region "
        "(got None)",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), ERRORS)
def test_conversion_errors(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


# ---- ActionPlan.signed_in -------------------------------------------------------------------

KURSK_DEAL = Agreement("Agreement", (_body("Government of the Leningrad Region"),
                                     _body("Administration of the Kursk Region")))  # fmt: skip
SIGNED_DEAL = Agreement(
    "Agreement",
    (_body("Government of the Leningrad Region"), _body("Administration of the Kursk Region")),
    signed_on=date(2018, 5, 12),
)

SIGNED_IN_ERRORS: list[tuple[Callable[[], object], type[Exception], str]] = [
    (
        lambda: ActionPlan(KURSK_DEAL, "2018-2020", signed_in="2018"),  # type: ignore[arg-type]
        WrongTypeError,
        "ActionPlan: 'signed_in' must be a Period or None (got '2018')",
    ),
    (
        lambda: ActionPlan(
            SIGNED_DEAL, "2018-2020", signed_in=Period.year(2018), signed_on=date(2019, 1, 1)
        ),
        ValidationError,
        "ActionPlan: 'signed_in' must hold the day of signing 2019-01-01 when both are given "
        "(got Period.year(2018))",
    ),
    (
        lambda: ActionPlan(SIGNED_DEAL, "2018-2020", signed_in=Period.year(2017)),
        ValidationError,
        "ActionPlan: 'signed_in' must not end before the agreement is signed (on 2018-05-12) "
        "(got Period.year(2017))",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), SIGNED_IN_ERRORS)
def test_signed_in_errors(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_signed_in_with_a_day_inside() -> None:
    plan = ActionPlan(
        SIGNED_DEAL, "2018-2020", signed_in=Period.year(2018), signed_on=date(2018, 6, 1)
    )
    assert plan.signing == Period.day(date(2018, 6, 1))
    assert not plan.in_force_on(date(2018, 5, 31))
    assert plan.in_force_on(date(2018, 6, 1))
    unsigned = ActionPlan(KURSK_DEAL, "2018-2020")
    assert unsigned.signing is None
    assert unsigned.in_force_on(date(2018, 1, 1))


@given(
    first=st.integers(2000, 2030),
    length=st.integers(0, 2),
    asked=st.integers(1999, 2033),
)
def test_summary_states_a_plan_signed_in_a_year_only_within_it(
    first: int, length: int, asked: int
) -> None:
    plan = ActionPlan(KURSK_DEAL, Period.span(first, first + 3),
                      signed_in=Period.span(first, first + length) if length else Period.year(first))  # fmt: skip
    from regionrel.profile import RegionRelations

    stated = "an action plan was signed" in RegionRelations.of(LENINGRAD, plan).summary(asked)
    assert stated == (length == 0 and asked == first)


@given(edition=st.integers(1, 99), year=st.integers(1990, 2040))
def test_forum_to_event_keeps_edition_and_period(edition: int, year: int) -> None:
    mention = ForumMention(f"{edition}th Russian-Kazakh Forum", (0, 1), edition,
                           period=Period.year(year))  # fmt: skip
    event = mention.to_event(participants=(LENINGRAD,))
    assert (event.edition, event.when, event.partner) == (
        edition,
        Period.year(year),
        gazetteer.get("KZ"),
    )
    assert event.involves(LENINGRAD)


def test_the_statement_names_stay_importable_from_statements() -> None:
    from regionrel.text import attribution, main_year, statement_model, statements

    assert statements.Statement is statement_model.Statement
    assert statements.Entity is statement_model.Entity
    assert statements.main_year is main_year.main_year
    assert set(statements.__all__) == {
        "Entity",
        "Measure",
        "Statement",
        "TimeRole",
        "main_year",
        "read_statements",
    }
    found = statements.read_statements("Exports rose 5% to $1.2 billion in 2019.")
    assert [s.measure for s in found] == [statements.Measure.GROWTH, statements.Measure.VALUE]
    assert attribution.StatementReader("Exports rose.", "en").read() == []
