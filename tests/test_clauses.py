"""Clauses as agreements word them, in English and Russian: terms, renewal and notice,
entry into force; and the notice period that could never be met."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.agreements import Agreement, EntryIntoForce, EntryMode, Renewal, Term
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.relations.wording import NUMBER_WORDS, read_durations, read_number
from tests.strategies.relations import KURSK, LENINGRAD

RU_CLAUSE = (
    "Настоящее Соглашение автоматически продлевается на последующие пятилетние периоды, "
    "если ни одна из Сторон не уведомит другую Сторону в письменной форме не менее чем за "
    "6 месяцев до истечения соответствующего периода о своем намерении прекратить его действие."
)
EN_CLAUSE = (
    "This Agreement shall be automatically extended for successive five-year periods unless "
    "either Party notifies the other Party in writing of its intention to terminate it at "
    "least six months before the expiry of the current period."
)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("сроком на 5 лет", Term.span(years=5)),
        ("на срок пять лет", Term.span(years=5)),
        ("на срок 5 (пять) лет", Term.span(years=5)),
        ("в течение трёх лет", Term.span(years=3)),
        ("на три года", Term.span(years=3)),
        ("сроком на один год", Term.span(years=1)),
        ("на год", Term.span(years=1)),
        ("на 18 месяцев", Term.span(months=18)),
        ("на 1 год и 6 месяцев", Term.span(years=1, months=6)),
        ("Настоящее Соглашение заключается сроком на 10 лет", Term.span(years=10)),
        ("This Agreement is concluded for a period of five (5) years", Term.span(years=5)),
        ("for a year", Term.span(years=1)),
        ("twenty-five years", Term.span(years=25)),
        ("на неопределенный срок", Term.open_ended()),
        ("на 2018-2020 годы", Term.fixed("2018-2020")),
    ],
)
def test_term_parse_reads_both_languages(text: str, term: Term) -> None:
    assert Term.parse(text) == term


_RU_FORMS = {
    1: ("один", "одного"),
    2: ("два", "двух"),
    3: ("три", "трех"),
    5: ("пять", "пяти"),
    7: ("семь", "семи"),
    8: ("восемь", "восьми"),
    10: ("десять", "десяти"),
    12: ("двенадцать", "двенадцати"),
    20: ("двадцать", "двадцати"),
}
_EN_FORMS = {n: w for w, n in NUMBER_WORDS.items() if w.isascii()}


@given(
    st.sampled_from(sorted(_RU_FORMS)),
    st.sampled_from(["digits", "nominative", "genitive", "english"]),
    st.sampled_from(["years", "months"]),
)
def test_term_parse_reads_any_number_form(n: int, form: str, unit: str) -> None:
    if form == "english":
        text = f"for {_EN_FORMS[n]} {unit}"
    elif form == "digits":
        text = f"сроком на {n} {'лет' if unit == 'years' else 'месяцев'}"
    elif form == "nominative":
        text = f"на срок {_RU_FORMS[n][0]} {'лет' if unit == 'years' else 'месяцев'}"
    else:
        text = f"в течение {_RU_FORMS[n][1]} {'лет' if unit == 'years' else 'месяцев'}"
    expected = Term.span(years=n) if unit == "years" else Term.span(months=n)
    assert Term.parse(text) == expected


@given(st.integers(1, 30), st.integers(0, 11), st.integers(0, 11))
def test_renewal_reads_its_own_text_and_russian_words(
    years: int, months: int, notice: int
) -> None:
    renewal = Renewal(years, months, notice_months=notice)
    assert Renewal.parse(str(renewal)) == renewal
    russian = (
        f"продлевается на последующие периоды в {years} лет и {months} месяцев, если ни одна "
        f"из Сторон не уведомит другую не менее чем за {notice} месяцев"
    )
    assert Renewal.parse(russian) == renewal


def test_standard_renewal_clauses() -> None:
    assert Renewal.parse(RU_CLAUSE) == Renewal(years=5, notice_months=6)
    assert Renewal.parse(EN_CLAUSE) == Renewal(years=5, notice_months=6)
    assert Renewal.parse(
        "Соглашение заключено сроком на 5 лет и автоматически продлевается на каждый "
        "последующий год, если ни одна из Сторон не заявит о своем намерении прекратить его "
        "действие не позднее чем за три месяца до истечения срока"
    ) == Renewal(years=1, notice_months=3)
    assert Renewal.parse(
        "пролонгируется на двухлетний срок, если ни одна из сторон не уведомит за полгода"
    ) == Renewal(years=2, notice_months=6)  # "полгода": half a year
    assert Renewal.parse(
        "продлевается на трехлетний период, если ни одна из сторон не уведомит за шесть месяцев"
    ) == Renewal(years=3, notice_months=6)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("вступает в силу с даты подписания", EntryIntoForce.on_signing()),
        (
            "Настоящее Соглашение вступает в силу со дня его подписания",
            EntryIntoForce.on_signing(),
        ),
        ("enters into force on the date of signature", EntryIntoForce.on_signing()),
        ("shall enter into force upon signature", EntryIntoForce.on_signing()),
        ("enters into force on signing", EntryIntoForce.on_signing()),
        (
            "вступает в силу со дня получения последнего письменного уведомления о выполнении "
            "Сторонами внутригосударственных процедур",
            EntryIntoForce.after("the last notification"),
        ),
        (
            "enters into force upon the last notification",
            EntryIntoForce.after("the last notification"),
        ),
        (
            "shall enter into force on the date of receipt of the last written notification",
            EntryIntoForce.after("the last notification"),
        ),
        ("вступает в силу с 1 января 2019 года", EntryIntoForce.on_date("01.01.2019")),
        ("enters into force on 1 January 2019", EntryIntoForce.on_date("01.01.2019")),
        (
            "enters into force after its approval by the Legislative Assembly",
            EntryIntoForce.after("its approval by the Legislative Assembly"),
        ),
    ],
)
def test_entry_into_force_clauses(text: str, entry: EntryIntoForce) -> None:
    assert EntryIntoForce.parse(text) == entry


def test_entry_into_force_refusals() -> None:
    with pytest.raises(ParseError) as err:
        EntryIntoForce.parse("some day")
    assert str(err.value) == (
        "EntryIntoForce: 'text' is not an entry-into-force clause: on signing, upon the last "
        "notification, on a date, or after a named event (got 'some day')"
    )
    with pytest.raises(WrongTypeError):
        EntryIntoForce.parse(5)  # type: ignore[arg-type]


def test_between_reads_russian_clauses() -> None:
    deal = Agreement.between(
        "Соглашение",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="12.05.2016",
        entry="вступает в силу со дня получения последнего письменного уведомления",
        term="сроком на 5 лет",
        renewal=RU_CLAUSE,
    )
    assert deal.entry.is_pending
    assert deal.term == Term.span(years=5)
    assert deal.renewal == Renewal(years=5, notice_months=6)


def test_a_notice_longer_than_the_term_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        Agreement(
            "A",
            (LENINGRAD, KURSK),
            signed_on="01.01.2019",
            term="3 months",
            renewal=Renewal(years=1, notice_months=6),
        )
    assert str(err.value) == (
        "Agreement: 'renewal' asks for notice 6 months before the end of a term of 3 months, "
        "as long as the term itself or longer: the first renewal could never be stopped in "
        "time "
        '(got "automatically for successive 1-year spans unless a party gives 6 months\' notice")'
    )
    with pytest.raises(ValidationError, match="as long as the term itself or longer"):
        Agreement(
            "A",
            (LENINGRAD, KURSK),
            signed_on="01.10.2019",
            term="2019",
            renewal=Renewal(years=1, notice_months=6),
        )
    # as long as the term: the deadline is the day before it is signed
    with pytest.raises(ValidationError, match="as long as the term itself or longer"):
        Agreement(
            "A",
            (LENINGRAD, KURSK),
            signed_on="01.01.2019",
            term="6 months",
            renewal=Renewal(years=1, notice_months=6),
        )
    # signed well before it enters into force: notice can be given in between
    early = Agreement(
        "A",
        (LENINGRAD, KURSK),
        signed_on="01.01.2019",
        entry=EntryIntoForce.on_date("01.09.2019"),
        term="6 months",
        renewal=Renewal(years=1, notice_months=6),
    )
    assert str(early.notice_deadline("01.01.2019")) == "2019-08-29"
    shorter = Agreement(
        "A",
        (LENINGRAD, KURSK),
        signed_on="01.01.2019",
        term="6 months",
        renewal=Renewal(years=1, notice_months=5),
    )
    assert str(shorter.notice_deadline("01.01.2019")) == "2019-01-30"
    with pytest.raises(ValidationError, match="as long as the term itself or longer"):
        Agreement(
            "A",
            (LENINGRAD, KURSK),
            draft=False,
            entry=EntryIntoForce.after("ratification"),
            term="6 months",
            renewal=Renewal(years=1, notice_months=7),
        )


def test_reversed_term_through_between_says_it_ends_before_it_starts() -> None:
    with pytest.raises(ParseError) as err:
        Agreement.between("A", LENINGRAD, KURSK, signed_on="01.01.2019", term="2021-2018")
    assert "ends before it starts: 2018 is before 2021" in str(err.value)
    assert str(err.value) == (
        "Term: 'text' ends before it starts: 2018 is before 2021 (got '2021-2018')"
    )


def test_term_end_for_a_non_date() -> None:
    with pytest.raises(WrongTypeError) as err:
        Term.span(years=5).end_for("x")  # type: ignore[arg-type]
    assert str(err.value) == (
        "Term: 'start' must be a datetime.date, not a datetime or text (got 'x')"
    )


def test_numbers_and_durations() -> None:
    assert read_number("восьми") == 8
    assert read_number("thirty-two") == 32
    assert read_number("двадцатитрех") == 23
    assert read_number("twenty-zero") is None
    assert [(d.years, d.months) for d in read_durations("шестимесячный срок")] == [(0, 6)]
    assert [(d.years, d.months) for d in read_durations("годичный срок")] == [(1, 0)]
    assert [(d.years, d.months) for d in read_durations("за полгода")] == [(0, 6)]
    assert [(d.years, d.months) for d in read_durations("half a year's notice")] == [(0, 6)]
    assert [d.understood for d in read_durations("several years")] == [False]


def test_clause_reading_edge_cases() -> None:
    # a date in the clause that is no date: no clause is guessed
    with pytest.raises(ParseError, match="is not an entry-into-force clause"):
        EntryIntoForce.parse("enters into force on 35 Smarch 2019")
    assert [(d.years, d.months) for d in read_durations("однолетний срок")] == [(1, 0)]
    assert [(d.years, d.months) for d in read_durations("трехлетний")] == [(3, 0)]
    assert read_durations("многолетний опыт") == []
    assert [(d.years, d.months) for d in read_durations("пять (5) лет")] == [(5, 0)]
    assert [(d.years, d.months) for d in read_durations("several (5) years")] == [(5, 0)]
    # only the first run of spans counts
    assert Renewal.parse("extended for 2 years, and later 3 years") == Renewal(years=2)
    with pytest.raises(ParseError, match="is not a term"):
        Term.parse("5 years, then 3 years")


@pytest.mark.parametrize(
    ("clause", "term", "expected"),
    [
        ("автоматически продлевается на тот же срок", "сроком на 3 года", (3, 0, 0)),
        (
            "продлевается на аналогичный срок, если ни одна из Сторон не заявит о своём "
            "намерении прекратить его действие за 6 месяцев",
            "на срок 5 лет",
            (5, 0, 6),
        ),
        (
            "shall be automatically extended for the same period unless either Party gives "
            "six months' notice",
            "for a period of five years",
            (5, 0, 6),
        ),
        ("automatically renewed for like periods", "18 months", (0, 18, 0)),
        ("автоматически продлевается на тот же срок", "2018-2020", (3, 0, 0)),
    ],
)
def test_a_renewal_for_the_terms_own_length(
    clause: str, term: str, expected: tuple[int, int, int]
) -> None:
    deal = Agreement.between(
        "A",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="01.01.2018",
        term=term,
        renewal=clause,
    )
    assert deal.renewal is not None
    assert (deal.renewal.years, deal.renewal.months, deal.renewal.notice_months) == expected


def test_a_renewal_for_the_terms_length_needs_a_term_of_whole_months() -> None:
    with pytest.raises(ParseError) as err:
        Renewal.parse("автоматически продлевается на тот же срок")
    assert str(err.value) == (
        "Renewal: renews for the term's own length: give the term, a span of whole months or "
        "years (term='None') (got 'автоматически продлевается на тот же срок')"
    )
    with pytest.raises(ParseError, match="a span of whole months or years"):
        Renewal.parse(
            "renewed for the same period",
            term=Term.fixed(Period(date(2018, 1, 1), date(2018, 3, 15))),
        )
    with pytest.raises(WrongTypeError, match="'term' must be a Term or None"):
        Renewal.parse("renewed for the same period", term="5 years")  # type: ignore[arg-type]
    assert Term.fixed("2018-2020").length == (3, 0)
    assert Term.open_ended().length is None


@pytest.mark.parametrize(
    ("clause", "days"),
    [
        ("вступает в силу через 30 дней после даты подписания", 30),
        ("Настоящее Соглашение вступает в силу по истечении 30 дней с даты его подписания", 30),
        ("вступает в силу через десять дней после его подписания", 10),
        ("enters into force 30 days after the date of signature", 30),
        ("comes into force thirty days after signing", 30),
        ("shall enter into force upon the expiry of 30 days from the date of its signing", 30),
        ("вступает в силу с даты подписания", 0),
    ],
)
def test_entry_into_force_so_many_days_after_signing(clause: str, days: int) -> None:
    entry = EntryIntoForce.parse(clause)
    assert entry == EntryIntoForce.on_signing(days=days)
    deal = Agreement.between(
        "A",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="01.12.2025",
        entry=clause,
        term="5 years",
    )
    start = date(2025, 12, 1) + timedelta(days=days)
    assert deal.enters_into_force_on == start
    assert deal.status_on(start).value == "in force"
    if days:
        assert deal.status_on(start - timedelta(days=1)).value == "signed"
        assert str(entry) == f"{days} days after signing"
        assert repr(entry) == f"EntryIntoForce.on_signing(days={days})"


def test_days_after_signing_are_checked() -> None:
    with pytest.raises(ValidationError) as err:
        EntryIntoForce.on_signing(days=-1)
    assert str(err.value) == "EntryIntoForce: 'days' must be from 0 to 3660 days (got -1)"
    with pytest.raises(WrongTypeError, match="'days' must be an int"):
        EntryIntoForce.on_signing(days="30")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'days' must be 0 when the agreement enters"):
        EntryIntoForce(EntryMode.ON_DATE, date(2020, 1, 1), days=3)
    with pytest.raises(ValidationError, match="must not end before entry into force"):
        Agreement.between(
            "A",
            "Government of the Leningrad Region",
            "Administration of the Kursk Region",
            signed_on="20.12.2025",
            entry=EntryIntoForce.on_signing(days=30),
            term="2025",
        )


def test_the_day_of_entry_after_signing() -> None:
    thirty = EntryIntoForce.on_signing(days=30)
    assert thirty.start_after(date(2025, 12, 1)) == date(2025, 12, 31)
    assert thirty.start_after(date(9999, 12, 20)) == date.max  # past the calendar: its end
    assert EntryIntoForce.on_signing().start_after(date(2025, 12, 1)) == date(2025, 12, 1)
    with pytest.raises(WrongTypeError) as err:
        thirty.start_after("01.12.2025")  # type: ignore[arg-type]
    assert str(err.value) == (
        "EntryIntoForce.start_after: 'signed_on' must be a datetime.date, not a datetime or "
        "text (got '01.12.2025')"
    )


def test_a_term_read_from_the_clause_that_also_renews_it() -> None:
    clause = (
        "Настоящее Соглашение заключается сроком на пять лет и автоматически продлевается на "
        "последующие пятилетние периоды, если ни одна из Сторон не уведомит другую Сторону не "
        "позднее чем за полгода до истечения соответствующего периода"
    )
    assert Term.parse(clause) == Term.span(years=5)
    assert Renewal.parse(clause) == Renewal(years=5, notice_months=6)
    english = (
        "This Agreement is concluded for three years and shall be automatically extended for "
        "successive one-year periods unless either Party gives half a year's notice"
    )
    assert Term.parse(english) == Term.span(years=3)
    assert Renewal.parse(english) == Renewal(years=1, notice_months=6)


@pytest.mark.parametrize(
    ("clause", "message"),
    [
        (
            "автоматически продлевается на последующие трехлетние периоды, если ни одна из "
            "Сторон не уведомит другую Сторону не менее чем за 90 дней",
            "gives the notice period in days ('90 дней'); a renewal counts notice in months: "
            "give it in months",
        ),
        (
            "automatically renewed for successive periods of three years unless either Party "
            "gives notice at least ninety days before",
            "gives the notice period in days ('ninety days'); a renewal counts notice in "
            "months: give it in months",
        ),
        (
            "renewed for successive 1-year periods unless a party gives several months' notice",
            "names a notice period whose number is not understood ('several')",
        ),
    ],
)
def test_a_notice_period_that_cannot_be_read_is_refused(clause: str, message: str) -> None:
    with pytest.raises(ParseError) as err:
        Renewal.parse(clause)
    assert err.value.rule == message
