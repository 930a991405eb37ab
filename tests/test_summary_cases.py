"""Issue 16, point 1: each falsehood a summary used to state, and what it says now.

Every test names the false sentence the summary used to print (quoted in its docstring)
and shows that it is gone and what the data supports instead, in English and in Russian.
"""

from __future__ import annotations

from datetime import date

import pytest

from regionrel import gazetteer
from regionrel.agreements import Agreement, Renewal
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.events import Event
from regionrel.facts import Ending, Fact, FactKind, ending_of, in_force_in
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.phrases import PHRASES, render
from regionrel.plans import ActionPlan, Deadline, Executor, Measure
from regionrel.profile import RegionRelations
from regionrel.relations import AgreementEvent, AgreementEventKind, EntryIntoForce
from regionrel.trade import TradeBalance
from tests.seed_world import ADM_KURSK, GOV_CRIMEA, GOV_LO, KURSK, LO, balance

PSKOV = gazetteer.get("RU-PSK")
KURSK_VISIT = Event.visit([KURSK], to=LO, when=2025)
CRIMEA = gazetteer.get("UA-43")


def _deal(title: str, party: object = ADM_KURSK, **kw: object) -> Agreement:
    return Agreement(title, (GOV_LO, party), **kw)  # type: ignore[arg-type]


def _kinds(relations: RegionRelations, year: int) -> list[FactKind]:
    return [f.kind for f in relations.facts(year)]


def test_an_unknown_signing_date_is_unknown_not_out_of_force() -> None:
    """Was: "No cooperation agreement was in force in 2025 with the Kursk Region"."""
    undated = _deal("Agreement with Kursk")
    relations = RegionRelations.of(LO, undated, KURSK_VISIT)
    en, ru = relations.summary(2025), relations.summary(2025, locale="ru")
    assert "was in force in 2025 with the Kursk Region" not in en
    assert "No cooperation agreement" not in en
    assert in_force_in(undated, 2025) is None
    assert en.split("\n\n")[1] == (
        "The Agreement with Kursk is on record without a signing date, so whether it was in "
        "force in 2025 is not known."
    )
    assert ru.split("\n\n")[1] == (
        "Дата подписания соглашения «Agreement with Kursk» в данных не указана, поэтому "
        "неизвестно, действовал ли документ в 2025 году."
    )
    assert FactKind.NO_AGREEMENT_IN_FORCE not in _kinds(relations, 2025)
    assert FactKind.NO_AGREEMENT_ON_RECORD not in _kinds(relations, 2025)


def test_a_plan_signed_at_a_forum_never_gives_no_event_concerned_it() -> None:
    """Was: "No event in 2025 concerned the Agreement on cooperation with the Leningrad
    Region" in the same summary that said a plan was signed at a forum for it."""
    deal = Agreement(
        "Agreement on cooperation with the Leningrad Region",
        (gazetteer.governing_body("Administration of the Pskov Region"), GOV_LO),
        signed_on=date(2020, 3, 1),
    )
    forum = Event.from_title("XII Forum of Regions", when=date(2025, 6, 5), host=PSKOV)
    plan = ActionPlan(deal, "2025-2027", signed_on=date(2025, 6, 5))
    relations = RegionRelations.of(PSKOV, plan, forum)
    en, ru = relations.summary(2025), relations.summary(2025, locale="ru")
    assert "concerned" not in en
    assert "ни одного мероприятия" not in ru
    assert "In 2025, the Pskov Region hosted the XII Forum of Regions." in en
    assert "In 2025, an action plan was signed to implement the Agreement on cooperation" in en


def test_a_suspension_is_reported_as_a_suspension() -> None:
    """Was: only "No cooperation agreement was in force in 2025 with the Kursk Region",
    the suspension never mentioned."""
    deal = _deal("Agreement with Kursk", signed_on=date(2019, 1, 10)).suspended("20.12.2024")
    relations = RegionRelations.of(LO, deal, KURSK_VISIT)
    en, ru = relations.summary(2025), relations.summary(2025, locale="ru")
    assert "in force" not in en
    assert (
        "The Agreement with Kursk was suspended from 20.12.2024; no resumption is on record." in en
    )
    assert (
        "Действие соглашения «Agreement with Kursk» приостановлено с 20.12.2024; сведений о "
        "возобновлении нет." in ru
    )
    resumed = deal.resumed("01.03.2025")
    text = RegionRelations.of(LO, resumed, KURSK_VISIT).summary(2025)
    assert "The Agreement with Kursk was suspended from 20.12.2024 to 28.02.2025." in text
    assert "suspended" not in RegionRelations.of(LO, resumed).summary(2026)


def test_a_partner_without_a_record_is_said_to_lack_a_record() -> None:
    """Was: "No cooperation agreement was in force in 2018 with X" of every partner the data
    merely lacks an agreement for."""
    fergana = gazetteer.get("UZ-FA")
    relations = RegionRelations.of(LO, Event.visit([fergana], to=LO, when=2018))
    assert relations.summary(2018).endswith(
        "No cooperation agreement is on record with the Fergana Region."
    )
    # a partner whose agreements on record are all known to be out of force that year
    lapsed = _deal("Agreement with Kursk", signed_on=date(2015, 1, 1), term="5 years")
    text = RegionRelations.of(LO, lapsed, KURSK_VISIT).summary(2025)
    assert text.endswith("No agreement on record with the Kursk Region was in force in 2025.")
    assert (
        RegionRelations.of(LO, lapsed, KURSK_VISIT)
        .summary(2025, locale="ru")
        .endswith(
            "Ни одно из имеющихся в данных соглашений со следующими партнёрами не действовало в "
            "2025 году: Курская область."
        )
    )


def test_forum_titles_keep_no_capital_mid_sentence() -> None:
    """Was: "forums: The XII Forum ..." with a capital mid-sentence."""
    forum = Event.from_title("The XII Forum of Regions of Russia and Belarus", when=2025)
    forum = Event(forum.kind, forum.title, forum.when, participants=[LO])
    text = RegionRelations.of(LO, forum).summary(2025)
    assert "forums: the XII Forum of Regions of Russia and Belarus." in text
    assert ": The" not in text


@pytest.mark.parametrize(
    ("before", "after", "en", "ru"),
    [
        ("100e6", "100e6", "and did not change", "и не изменился"),
        (
            "1000e6",
            "1000.4e6",
            "and increased by less than 0.1%",
            "и увеличился менее чем на 0,1%",
        ),
        ("1000e6", "999.6e6", "and decreased by less than 0.1%", "и уменьшился менее чем на 0,1%"),
        ("1000e6", "1000.5e6", "and increased by 0.1%", "и увеличился на 0,1%"),
    ],
)
def test_no_change_of_zero_percent(before: str, after: str, en: str, ru: str) -> None:
    """Was: "increased by 0.0%"."""
    relations = RegionRelations.of(
        LO, balance(LO, 2025, after, "1e6"), balance(LO, 2024, before, "1e6")
    )
    assert en in relations.summary(2025)
    assert ru in relations.summary(2025, locale="ru")
    assert "0.0%" not in relations.summary(2025)
    assert "0,0%" not in relations.summary(2025, locale="ru")


@pytest.mark.parametrize(
    ("exports", "imports", "en", "ru"),
    [
        ("5e6", "5e6", "Exports equal imports.", "Экспорт равен импорту."),
        (
            "1000e6",
            "996e6",
            "Exports exceed imports by less than 1%.",
            "Экспорт превышает импорт менее чем на 1%.",
        ),
        (
            "996e6",
            "1000e6",
            "Imports exceed exports by less than 1%.",
            "Импорт превышает экспорт менее чем на 1%.",
        ),
    ],
)
def test_no_excess_of_zero_percent(exports: str, imports: str, en: str, ru: str) -> None:
    """Was: "Exports exceed imports by 0%"."""
    relations = RegionRelations.of(LO, balance(LO, 2025, exports, imports))
    assert relations.summary(2025).endswith(en)
    assert relations.summary(2025, locale="ru").endswith(ru)


# ---- the ways an agreement ends, in the right words -------------------------------------

RENEWING = _deal(
    "Соглашение о сотрудничестве с Курской областью",
    signed_on=date(2016, 5, 12),
    term="5 years",
    renewal=Renewal(years=5, notice_months=6),
)
FIXED = _deal("Договор о туризме", signed_on=date(2020, 1, 1), term="2020-2025")
SUCCESSOR = Agreement("New agreement", (GOV_LO, ADM_KURSK), signed_on=date(2025, 3, 1))

ENDINGS = [
    (
        "expiry",
        FIXED,
        "Договор о туризме прекратил действие после 31.12.2025 в связи с истечением срока.",
        "The Договор о туризме expired after 31.12.2025.",
    ),
    (
        "termination",
        RENEWING.terminated("01.06.2025", effective_on="01.07.2025"),
        "Соглашение о сотрудничестве с Курской областью расторгнуто; последний день "
        "действия: 30.06.2025.",
        "was terminated after 30.06.2025.",
    ),
    (
        "termination by a party",
        RENEWING.terminated("01.06.2025", by=ADM_KURSK, effective_on="01.07.2025"),
        "Соглашение о сотрудничестве с Курской областью расторгнуто по инициативе стороны "
        "(Курская область); последний день действия: 30.06.2025.",
        "was terminated by the Administration of the Kursk Region after 30.06.2025.",
    ),
    (
        "non-renewal",
        RENEWING.notice_given("01.11.2025", by=ADM_KURSK),
        "Соглашение о сотрудничестве с Курской областью прекратило действие после 11.05.2026 "
        "в связи с уведомлением стороны (Курская область) от 01.11.2025 о нежелании "
        "продлевать его.",
        "was not renewed and ended after 11.05.2026: the Administration of the Kursk Region "
        "gave notice of non-renewal on 01.11.2025.",
    ),
    (
        "supersession",
        RENEWING.superseded("01.03.2025", by=SUCCESSOR),
        "Соглашение о сотрудничестве с Курской областью утратило силу после 28.02.2025 в "
        "связи с заключением соглашения «New agreement».",
        "was superseded by the New agreement after 28.02.2025.",
    ),
]


@pytest.mark.parametrize(("way", "deal", "ru", "en"), ENDINGS, ids=[e[0] for e in ENDINGS])
def test_each_way_of_ending_has_its_legal_words(
    way: str, deal: Agreement, ru: str, en: str
) -> None:
    end = ending_of(deal)
    assert end is not None
    relations = RegionRelations.of(LO, deal)
    year = end[0].year
    assert ru in relations.summary(year, locale="ru")
    assert en in relations.summary(year)
    words = relations.summary(year, locale="ru")
    # "расторжение" is for termination only
    assert ("расторгнут" in words) == way.startswith("termination")
    (fact,) = [f for f in relations.facts(year) if f.kind is FactKind.AGREEMENT_ENDED]
    assert fact.ending is Ending(way.removesuffix(" by a party"))


def test_the_old_rescission_word_is_gone_for_non_renewal() -> None:
    """Was: in Russian, an agreement ended by notice of non-renewal "прекращено ... в связи
    с расторжением"."""
    ended = RENEWING.notice_given("01.11.2025", by=ADM_KURSK)
    text = RegionRelations.of(LO, ended).summary(2026, locale="ru")
    assert "расторж" not in text
    assert "о нежелании продлевать" in text


def test_a_renewal_that_happened_and_an_agreement_awaiting_entry() -> None:
    pending = Agreement(
        "Agreement with Crimea",
        (GOV_LO, GOV_CRIMEA),
        signed_on=date(2025, 4, 1),
        entry=EntryIntoForce.after("state registration"),
    )
    relations = RegionRelations.of(LO, RENEWING, pending)
    en = relations.summary(2021)
    assert (
        "On 12.05.2021, the Соглашение о сотрудничестве с Курской областью was renewed "
        "automatically." in en
    )
    assert (
        "12.05.2021 Соглашение о сотрудничестве с Курской областью автоматически продлено."
        in relations.summary(2021, locale="ru")
    )
    text = relations.summary(2025)
    assert "On 01.04.2025, the Agreement with Crimea was signed." in text
    assert (
        "On 31.12.2025, the Agreement with Crimea had been signed but had not yet entered into "
        "force." in text
    )
    assert (
        "На 31.12.2025 соглашение «Agreement with Crimea» подписано, но ещё не вступило в силу."
        in relations.summary(2025, locale="ru")
    )
    assert "renewed" not in text  # no renewal in 2025: the next is in 2026


def test_plan_execution_and_trade_by_partner() -> None:
    deal = _deal("Agreement with Kursk", signed_on=date(2019, 1, 10))
    side = Executor("Committee", GOV_LO)
    measures = (
        Measure("1", "tourism", "Tour", (side,), "2024").reported("done", "01.12.2024"),
        Measure("2", "tourism", "Fair", (side,), "2024"),
        Measure("3", "tourism", "Film", (side,), "2026"),
    )
    plan = ActionPlan(deal, "2024-2026", measures, signed_on=date(2024, 1, 15))
    with_kursk = TradeBalance(
        exports=Money("3e6", "USD"),
        imports=Money("1e6", "USD"),
        reporter=LO,
        partner=KURSK,
        period=Period.year(2025),
    )
    relations = RegionRelations.of(LO, plan, with_kursk)
    en, ru = relations.summary(2025), relations.summary(2025, locale="ru")
    assert (
        "On 31.12.2025, 1 of 3 measures of the action plan to implement the Agreement with Kursk "
        "for 2024-2026 had been reported done and 1 was overdue." in en
    )
    assert "На 31.12.2025 из 3 мероприятий плана мероприятий по реализации" in ru
    assert "выполнено 1, просрочено 1." in ru
    assert (
        "In 2025, trade with the Kursk Region amounted to 4.0 million US dollars: exports 3.0 "
        "million US dollars, imports 1.0 million US dollars." in en
    )
    assert "оборот торговли с партнёром Курская область составил 4,0 млн долл. США" in ru


def test_summary_of_returns_each_sentence_with_its_fact() -> None:
    relations = RegionRelations.of(LO, KURSK_VISIT, balance(LO, 2025, "2e6", "1e6"))
    summary = relations.summary_of(2025, locale="ru")
    assert str(summary) == relations.summary(2025, locale="ru")
    assert [s.fact.kind for s in summary.sentences] == [
        FactKind.VISITS_RECEIVED,
        FactKind.TRADE_TURNOVER,
        FactKind.TRADE_FLOWS,
        FactKind.TRADE_EXCESS,
        FactKind.NO_AGREEMENT_ON_RECORD,
    ]
    assert summary.sentences[0].fact.events == (KURSK_VISIT,)
    assert str(summary.sentences[0]) == summary.sentences[0].text
    assert (summary.year, summary.locale) == (2025, "ru")
    assert str(RegionRelations.of(LO).summary_of(2025)) == ""


def test_every_phrase_has_both_languages_and_every_kind_a_phrase() -> None:
    assert all(phrase.en and phrase.ru for phrase in PHRASES.values())
    assert {kind for kind, _ in PHRASES} == set(FactKind)
    assert {v for k, v in PHRASES if k is FactKind.AGREEMENT_ENDED} >= {e.value for e in Ending}


def test_a_home_region_without_known_forms_is_named_first() -> None:
    chechnya = gazetteer.get("RU-CE")
    relations = RegionRelations.of(
        chechnya, Event.from_title("Форум регионов", when=2019, host=chechnya)
    )
    assert relations.summary(2019, locale="ru") == (
        "Чеченская Республика: в 2019 году в регионе прошло мероприятие: Форум регионов."
    )
    two = RegionRelations.of(
        LO,
        Event.from_title("Форум регионов", when=2019, host=LO),
        Event.from_title("Форум городов", when=2019, host=LO),
    )
    assert two.summary(2019, locale="ru") == (
        "В 2019 году в Ленинградской области прошли мероприятия: Форум регионов, Форум городов."
    )


def test_bad_year_for_facts() -> None:
    with pytest.raises(WrongTypeError):
        RegionRelations.of(LO).facts("2018")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        RegionRelations.of(LO).summary_of(2018, locale="de")


def test_signings_known_to_a_month_or_a_year_and_unknown_status_by_imprecise_dates() -> None:
    """Agreements with a date known only to its month or year (issue 16 point 2) are worded
    from their facts: "In May 2025, ..." and "whether ... was in force ... is not known"."""
    deal = _deal("Agreement with Kursk")
    month = Fact(FactKind.AGREEMENT_SIGNED, 2025, deal, period=Period.month(2025, 5))
    year = Fact(FactKind.AGREEMENT_SIGNED, 2025, deal, period=Period.year(2025))
    unknown = Fact(FactKind.AGREEMENT_STATUS_UNKNOWN, 2025, deal, period=Period.year(2025))
    en = render((month, year, unknown), "en", LO)
    assert str(en) == (
        "In May 2025, the Agreement with Kursk was signed. In 2025, the Agreement with Kursk "
        "was signed. The dates on record do not tell whether the Agreement with Kursk was in "
        "force in 2025."
    )
    assert str(render((month, year, unknown), "ru", LO)) == (
        "В мае 2025 года подписано соглашение «Agreement with Kursk». В 2025 году подписано "
        "соглашение «Agreement with Kursk». По имеющимся датам неизвестно, действовало ли "
        "соглашение «Agreement with Kursk» в 2025 году."
    )
    treaty = _deal("Договор о дружбе")
    fact = Fact(FactKind.AGREEMENT_STATUS_UNKNOWN, 2025, treaty, period=Period.year(2024))
    assert str(render((fact,), "ru", LO)) == (
        "По имеющимся датам неизвестно, действовал ли Договор о дружбе в 2025 году."
    )


def test_a_notice_with_no_party_named() -> None:
    notice = AgreementEvent(AgreementEventKind.NOTICE, date(2025, 11, 1))
    fact = Fact(
        FactKind.AGREEMENT_ENDED,
        2026,
        RENEWING,
        day=date(2026, 5, 11),
        ending=Ending.NON_RENEWAL,
        act=notice,
    )
    assert str(render((fact,), "en", LO)).endswith(
        "was not renewed and ended after 11.05.2026: notice of non-renewal was given on "
        "01.11.2025."
    )
    assert str(render((fact,), "ru", LO)).endswith(
        "прекратило действие после 11.05.2026 в связи с уведомлением одной из сторон от "
        "01.11.2025 о нежелании продлевать его."
    )


def test_dates_as_sources_give_them_in_the_summary() -> None:
    """An agreement "signed in May 2018" for five years: its signing is stated to the month,
    and its expiry as the days it may have ended on (issue 16 point 2)."""
    deal = Agreement(
        "Agreement with Kursk", (GOV_LO, ADM_KURSK), signed_on="May 2018", term="5 years"
    )
    relations = RegionRelations.of(LO, deal, Event.visit([KURSK], to=LO, when=2023))
    assert relations.summary(2018).startswith("In May 2018, the Agreement with Kursk was signed.")
    assert relations.summary(2018, locale="ru").startswith(
        "В мае 2018 года подписано соглашение «Agreement with Kursk»."
    )
    assert relations.summary(2023).endswith(
        "The Agreement with Kursk expired between 01.05.2023 and 31.05.2023."
    )
    assert relations.summary(2023, locale="ru").endswith(
        "Соглашение «Agreement with Kursk» прекратило действие в период с 01.05.2023 по "
        "31.05.2023 в связи с истечением срока."
    )
    # in force part of 2023: the Kursk Region is not a partner without an agreement
    assert "on record" not in relations.summary(2023)
    (ended,) = [f for f in relations.facts(2023) if f.kind is FactKind.AGREEMENT_ENDED]
    assert (ended.day, ended.period) == (None, Period(date(2023, 4, 30), date(2023, 5, 30)))


def test_an_agreement_signed_on_a_day_not_recorded() -> None:
    """``draft=False``: signed, the day not given; its status is unknown, never "not in
    force", and its partner is not said to lack an agreement."""
    deal = Agreement("Agreement with Kursk", (GOV_LO, ADM_KURSK), draft=False)
    relations = RegionRelations.of(LO, deal, KURSK_VISIT)
    assert relations.summary(2025).endswith(
        "The Agreement with Kursk is on record without a signing date, so whether it was in "
        "force in 2025 is not known."
    )
    draft = Agreement("Agreement with Kursk", (GOV_LO, ADM_KURSK), draft=True)
    text = RegionRelations.of(LO, draft, KURSK_VISIT).summary(2025)
    assert text.endswith("No agreement on record with the Kursk Region was in force in 2025.")


def test_a_plan_whose_agreement_has_ended_counts_no_overdue_measure() -> None:
    side = Executor("Committee", GOV_LO)
    late = Measure("1", "tourism", "Tour", (side,), Deadline.quarter(2024, 1))
    deal = _deal("Agreement with Kursk", signed_on=date(2019, 1, 10)).terminated("01.03.2025")
    plan = ActionPlan(deal, "2024-2026", (late,), signed_on=date(2024, 1, 15))
    relations = RegionRelations.of(LO, plan)
    assert (
        "On 31.12.2025, 0 of 1 measure of the action plan to implement the Agreement with Kursk "
        "for 2024-2026 had been reported done; its agreement having ended, no measure is "
        "counted as overdue." in relations.summary(2025)
    )
    assert "соглашение прекратило действие, просроченные мероприятия не учитываются" in (
        relations.summary(2025, locale="ru")
    )
    assert "and 1 was overdue" in relations.summary(2024)
