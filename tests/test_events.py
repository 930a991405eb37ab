"""Events: kinds, editions and partners read from titles, participants, dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.dates import PartialDate
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.events import (
    Delegation,
    Event,
    EventKind,
    read_edition,
    read_partners,
    region_of,
)
from regionrel.periods import Period
from regionrel.relations import LifecycleWarning, RelationsFinding, RelationsWarning
from tests.strategies.relations import LENINGRAD, ORDINALS, roman

LO = gazetteer.get("RU-LEN")


@pytest.mark.parametrize(
    ("title", "kind", "edition", "partner"),
    [
        ("The Ninth Russian-Azerbaijani Interregional Forum", EventKind.FORUM, 9, "Azerbaijan"),
        ("the Seventh Russian-Armenian Interregional Forum", EventKind.FORUM, 7, "Armenia"),
        (
            "the Sixth Conference on Interregional Cooperation between Russia and Tajikistan",
            EventKind.CONFERENCE,
            6,
            "Tajikistan",
        ),
        ("the Ninth Russian-Abkhaz Business Forum", EventKind.BUSINESS_FORUM, 9, "Abkhazia"),
        ("XXI Russian–Kazakh Interregional Cooperation Forum", EventKind.FORUM, 21, "Kazakhstan"),
        ("Twenty-first Russian-Belarusian Forum of Regions", EventKind.FORUM, 21, "Belarus"),
        ("the 15th Forum of Regions of Russia and Belarus", EventKind.FORUM, 15, "Belarus"),
        (
            "Russia-Kazakhstan Forum of Interregional Cooperation",
            EventKind.FORUM,
            None,
            "Kazakhstan",
        ),
        ("IX Российско-Азербайджанский межрегиональный форум", EventKind.FORUM, 9, "Azerbaijan"),
        (
            "Девятый Российско-Азербайджанский межрегиональный форум",
            EventKind.FORUM,
            9,
            "Azerbaijan",
        ),
        ("Meeting with the Uzbek delegation", EventKind.MEETING, None, "Uzbekistan"),
        ("International Exhibition Innoprom", EventKind.EXHIBITION, None, None),
        ("Visit of the Governor", EventKind.DELEGATION_VISIT, None, None),
        ("2nd Russian-Chinese Expo", EventKind.EXHIBITION, 2, "China"),
    ],
)
def test_titles_give_kind_edition_and_partner(
    title: str, kind: EventKind, edition: int | None, partner: str | None
) -> None:
    event = Event.from_title(title, when=2018)
    assert event.kind is kind
    assert event.edition == edition
    assert (event.partner.name if event.partner else None) == partner
    assert event.when == Period.year(2018)


def test_home_country_is_left_out_and_can_be_changed() -> None:
    assert [r.name for r in read_partners("Russian-Azerbaijani Forum", home="AZ")] == ["Russia"]
    assert read_partners("Forum on trade and economic cooperation") == ()
    assert read_partners("Perugia and Peru Forum") == ()


def test_visit_of_delegations() -> None:
    fergana, bukhara = gazetteer.get("UZ-FA"), gazetteer.get("UZ-BU")
    visit = Event.visit(
        [fergana, Delegation(bukhara, head="Khokim of the Bukhara Region")],
        to=LO,
        when="in 2018",
        topics=["trade and economic cooperation"],
    )
    assert visit.kind is EventKind.DELEGATION_VISIT
    assert visit.title == (
        "Visit of the delegations of the Fergana Region and the Bukhara Region to the "
        "Leningrad Region"
    )
    assert visit.host == LO
    assert visit.regions == (LO, fergana, bukhara)
    assert visit.partners_of(LO) == (fergana, bukhara)
    assert visit.partners_of(fergana) == (LO, bukhara)
    assert visit.involves(bukhara)
    assert not visit.involves(gazetteer.get("RU-KRS"))
    assert visit.in_year(2018)
    assert not visit.in_year(2019)
    assert str(visit).endswith("Leningrad Region (2018)")
    assert visit.topics == ("trade and economic cooperation",)
    assert str(Delegation(LENINGRAD)) == "delegation of the Government of the Leningrad Region"
    assert region_of(Delegation(LENINGRAD)).name == "Leningrad Region"
    assert region_of(LENINGRAD).name == "Leningrad Region"
    assert region_of(fergana) is fergana


def test_when_accepts_dates_periods_years_and_text() -> None:
    assert Event(EventKind.MEETING, "M", date(2018, 5, 3)).when == Period.day(date(2018, 5, 3))
    assert Event(EventKind.MEETING, "M", "II quarter 2019").when == Period.quarter(2019, 2)
    assert Event(EventKind.MEETING, "M", Period.span(2018, 2019), topics="t").topics == ("t",)
    assert Event(EventKind.MEETING, "M", Period.span(2018, 2019)).in_year(2019)
    assert Event(EventKind.MEETING, "M", 2018).partner is None
    assert Event(EventKind.MEETING, "M", "03.05.2018").when == Period.day(date(2018, 5, 3))


BAD: list[tuple[Callable[[], object], str]] = [
    (
        lambda: Event.from_title("Days of Culture", when=2018),
        "EventKind: names no kind of event (forum, conference, business forum, meeting, "
        "exhibition, delegation visit) (got 'Days of Culture')",
    ),
    (lambda: EventKind.from_title(5), "EventKind: 'title' must be a str (got 5)"),  # type: ignore[arg-type]
    (lambda: Event(EventKind.FORUM, "", 2018), "Event: 'title' must not be empty (got '')"),
    (lambda: Event(EventKind.FORUM, 5, 2018), "Event: 'title' must be a str (got 5)"),  # type: ignore[arg-type]
    (
        lambda: Event(EventKind.FORUM, "F", 2018.5),
        "Event: 'when' must be a date, a year, a Period or text (got 2018.5 that is a float)",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", datetime(2018, 1, 1)),
        "Event: 'when' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12', not a datetime: pass value.date() "
        "(got datetime.datetime(2018, 1, 1, 0, 0))",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", 2018, participants=["Fergana"]),
        "Event: 'participants' must hold regions, governing bodies or delegations (got 'Fergana')",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", 2018, participants=5),
        "Event: 'participants' must be a sequence of participants (got 5)",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", 2018, topics=[""]),
        "Event: 'topics' must be a sequence of non-empty str (got ('',) that is a tuple)",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", 2018, edition=0),
        "Event: 'edition' must be at least 1 (got 0)",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", 2018, edition="9"),  # type: ignore[arg-type]
        "Event: 'edition' must be an int or None (got '9')",
    ),
    (
        lambda: Event(EventKind.FORUM, "F", 2018, partners=["Azerbaijan"]),
        "Event: 'partners' must be a sequence of Region (got ('Azerbaijan',) that is a tuple)",
    ),
    (
        lambda: Event.visit([], to=LO, when=2018),
        "Event: 'participants' must name at least one delegation (got () that is a tuple)",
    ),
    (
        lambda: Delegation("Fergana"),  # type: ignore[arg-type]
        "Delegation: 'origin' must be a Region or a GoverningBody (got 'Fergana')",
    ),
    (lambda: read_edition(9), "read_edition: 'title' must be a str (got 9)"),  # type: ignore[arg-type]
    (lambda: read_partners(9), "read_partners: 'title' must be a str (got 9)"),  # type: ignore[arg-type]
    (
        lambda: Event(EventKind.FORUM, "F", "sometime"),
        "parse_period: 'text' has a word that does not belong to a period: 'sometime' "
        "(got 'sometime', stopped at position 0 before 'sometime')",
    ),
]


@pytest.mark.parametrize(("build", "message"), BAD)
def test_bad_events_raise_exact_errors(build: Callable[[], object], message: str) -> None:
    with pytest.raises((ValidationError, WrongTypeError, ParseError)) as caught:
        build()
    assert str(caught.value) == message


@given(
    st.integers(1, 99),
    st.sampled_from(["words", "digits", "roman"]),
    st.sampled_from(["Forum", "Conference", "Business Forum"]),
)
def test_any_edition_reads_back(number: int, style: str, noun: str) -> None:
    ordinal = {
        "words": ORDINALS[number],
        "digits": f"{number}{_suffix(number)}",
        "roman": roman(number),
    }[style]
    title = f"The {ordinal} Russian-Azerbaijani Interregional {noun}"
    assert read_edition(title) == number
    assert read_edition(title.lower() if style != "roman" else title) == number
    event = Event.from_title(title, when=2018)
    assert event.edition == number
    assert event.partner is not None
    assert event.partner.name == "Azerbaijan"


def _suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def test_regions_of_a_forum_and_a_visit_of_three() -> None:
    small = gazetteer.default()
    forum = Event.from_title(
        "The Ninth Russian-Azerbaijani Interregional Forum",
        when=2018,
        participants=[Delegation(LO)],
        gazetteer=small,
    )
    azerbaijan = gazetteer.get("AZ")
    assert forum.host is None
    assert forum.regions == (LO, azerbaijan)
    assert forum.partners_of(LO) == (azerbaijan,)
    three = Event.visit(
        [gazetteer.get("UZ-FA"), gazetteer.get("UZ-BU"), gazetteer.get("UZ-SA")],
        to=LO,
        when=2019,
        title=None,
    )
    assert three.title.startswith(
        "Visit of the delegations of the Fergana Region, the Bukhara Region and the "
    )
    named = Event.visit([LENINGRAD], to=gazetteer.get("RU-KRS"), when=2019, title="Working visit")
    assert named.title == "Working visit"
    assert named.partners_of(LENINGRAD.region) == (gazetteer.get("RU-KRS"),)
    # a Roman numeral only counts before a capitalised word
    assert read_edition("Forum - The Meeting") is None
    assert read_edition("Forum of Regions, V Session") == 5


# --------------------------------------------------------------------------- issue 16, point 6


def test_visit_takes_region_names_and_refuses_other_types() -> None:
    visit = Event.visit(["Fergana Region"], to="Leningrad Region", when="05.2018")
    assert visit.host is not None
    assert visit.host.name == "Leningrad Region"
    assert [region_of(p).name for p in visit.participants] == ["Fergana Region"]
    assert str(visit.when) == "2018-05"
    with pytest.raises(WrongTypeError) as err:
        Event.visit(["Fergana Region"], to=5, when=2018)  # type: ignore[arg-type]
    assert str(err.value) == "Event: 'to' must be a Region or its name (got 5)"
    with pytest.raises(WrongTypeError, match="'delegations' must be a sequence"):
        Event.visit("Fergana Region", to="Leningrad Region", when=2018)


def test_a_range_of_days_that_runs_backwards_is_refused() -> None:
    for text in ("02.12-30.11.2025", "November 19-17, 2025"):
        with pytest.raises(ParseError, match="'when' ends before it starts"):
            Event(EventKind.FORUM, "Forum", text)


def test_a_delegation_cannot_visit_its_own_region() -> None:
    message = (
        "Event: 'participants' must not hold a delegation of the host region: the "
        "Leningrad Region cannot visit itself (got 'delegation of the Leningrad Region')"
    )
    with pytest.raises(ValidationError) as err:
        Event.visit(["Leningrad Region"], to="Leningrad Region", when=2018)
    assert str(err.value) == message
    # whatever the number of delegations, and wherever the host's own one stands
    for names in (
        ["Leningrad Region", "Fergana Region"],
        ["Fergana Region", "Bukhara Region", "Leningrad Region"],
    ):
        with pytest.raises(ValidationError) as err:
            Event.visit(names, to="Leningrad Region", when=2018)
        assert str(err.value) == message
    # a delegation of the host's governing body is the host region's too
    with pytest.raises(ValidationError, match="cannot visit itself"):
        Event.visit(
            [
                gazetteer.get("UZ-FA"),
                gazetteer.governing_body("Government of the Leningrad Region"),
            ],
            to=LO,
            when=2018,
        )
    with pytest.raises(ValidationError, match="cannot visit itself"):
        Event(
            EventKind.DELEGATION_VISIT,
            "Visit",
            2018,
            host=LO,
            participants=[Delegation(gazetteer.get("UZ-FA")), Delegation(LO)],
        )
    # other delegations visiting the host are fine, and the host may take part in a forum
    visit = Event.visit(["Fergana Region", "Bukhara Region"], to="Leningrad Region", when=2018)
    assert len(visit.participants) == 2
    forum = Event(EventKind.FORUM, "Forum", 2018, host=LO, participants=[LO, Delegation(LO)])
    assert forum.involves(LO)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("17-19.11.2025", date(2025, 11, 17), date(2025, 11, 19)),
        ("30.11-02.12.2025", date(2025, 11, 30), date(2025, 12, 2)),
        ("30.11 – 02.12.2025", date(2025, 11, 30), date(2025, 12, 2)),
        ("November 17-19, 2025", date(2025, 11, 17), date(2025, 11, 19)),
        ("30 ноября – 2 декабря 2025 г.", date(2025, 11, 30), date(2025, 12, 2)),
        ("17–19 November 2025", date(2025, 11, 17), date(2025, 11, 19)),
        ("17-19 ноября 2025 г.", date(2025, 11, 17), date(2025, 11, 19)),
        ("05.2025", date(2025, 5, 1), date(2025, 5, 31)),
        ("May 2025", date(2025, 5, 1), date(2025, 5, 31)),
        ("в мае 2025 года", date(2025, 5, 1), date(2025, 5, 31)),
    ],
)
def test_event_dates_as_sources_write_them(text: str, first: date, last: date) -> None:
    when = Event(EventKind.FORUM, "Forum", text).when
    assert (when.start, when.end) == (first, last)


def test_event_dates_that_are_not_dates() -> None:
    with pytest.raises(ParseError) as err:
        Event(EventKind.FORUM, "Forum", "19-17.11.2025")
    assert str(err.value) == (
        "Event: 'when' ends before it starts: day 19 is after day 17 (got '19-17.11.2025')"
    )
    with pytest.raises(ParseError, match="parse_period"):
        Event(EventKind.FORUM, "Forum", "17-19.13.2025")
    assert Event(EventKind.FORUM, "Forum", PartialDate(2025, 5)).when == Period.month(2025, 5)
    assert Event(EventKind.FORUM, "Forum", PartialDate(2025)).when == Period.year(2025)
    assert Event(EventKind.FORUM, "Forum", PartialDate(2025, 5, 2)).when == Period.day(
        date(2025, 5, 2)
    )


@pytest.mark.parametrize(
    "title",
    [
        "Conference on Russia in the 21st Century",
        "Russia in the Twenty-first Century",
        "Россия в XXI веке",
        "Форум «Регионы XXI века»",
    ],
)
def test_a_century_is_not_an_edition(title: str) -> None:
    assert read_edition(title) is None


def test_findings_as_data() -> None:
    finding = RelationsFinding("entry-pending", "awaits ratification", "A", LifecycleWarning)
    data = finding.to_dict()
    assert data == {
        "code": "entry-pending",
        "message": "awaits ratification",
        "subject": "A",
        "category": "LifecycleWarning",
    }
    assert RelationsFinding.from_dict(data) == finding
    assert RelationsFinding.from_dict(RelationsFinding("x", "y", "z").to_dict()).category is (
        RelationsWarning
    )
    with pytest.raises(ValidationError, match="must name one of LifecycleWarning"):
        RelationsFinding.from_dict({**data, "category": "UserWarning"})
    with pytest.raises(ValidationError, match="must have exactly the fields"):
        RelationsFinding.from_dict({"code": "x"})
    with pytest.raises(WrongTypeError):
        RelationsFinding.from_dict({**data, "code": 5})
    with pytest.raises(WrongTypeError):
        RelationsFinding.from_dict([])  # type: ignore[arg-type]


_TITLE_PIECES = st.sampled_from(
    ["Russia", "Tajikistan", "Sughd", "Region", "-", " - ", " and ", " и ", ",", " ", "(", "«"]
)


@given(st.lists(_TITLE_PIECES, max_size=40).map("".join))
def test_a_joiners_words_are_those_of_the_whole_title(title: str) -> None:
    # the windowed look-up (linear on titles of many dashes) reads what slices read
    from regionrel.relations.events import _JOINER, _WORD, _words_around

    for match in _JOINER.finditer(title):
        plain = (
            _WORD.findall(title[: match.start()])[-4:],
            _WORD.findall(title[match.end() :])[:4],
        )
        assert _words_around(title, match.start(), match.end()) == plain
