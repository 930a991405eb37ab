"""The reader's pass over relations: the agreements, action plans, forums and visits a sentence mentions.

:func:`read_relations` runs on the sentence the reader holds, after the trade
figures are read; it sees the reader through :class:`SentenceState`, the part
of the reader's state a pass needs (the shadow sentence, its offsets, the
regions found in it and the period in force).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final, Protocol

from regionrel.periods import Period
from regionrel.text.grammar import Grammar
from regionrel.text.items import (
    AgreementMention,
    ForumMention,
    PartyMention,
    PeriodMention,
    PlanMention,
    RegionMention,
    Span,
    VisitMention,
)
from regionrel.text.lookup import find_region

__all__ = ["SentenceState", "read_relations"]

_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50}


class SentenceState(Protocol):
    """What a pass reads and writes of the reader while it reads one sentence."""

    #: The locale's phrases.
    g: Grammar
    #: The sentence, and its shadow (numbers and consumed phrases masked).
    sent: str
    shadow: str
    #: Where the sentence starts in the text.
    base: int
    #: The period in force.
    current: Period | None
    #: The regions the sentence names.
    region_spans: list[RegionMention]

    def has(self, family: str) -> bool:
        """Whether the sentence holds a trigger of *family* (or the family has none)."""
        ...

    def each(self, family: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of *pattern* in the shadow, when the sentence can hold any."""
        ...

    def span(self, start: int, end: int) -> Span:
        """Offsets in the sentence as a span of the text."""
        ...

    def mask(self, start: int, end: int) -> None:
        """Mark a part of the shadow as read."""
        ...

    def add(self, name: str, item: object) -> None:
        """Keep *item* under the extraction's field *name*."""
        ...

    def unread(self, start: int, end: int, reason: str) -> None:
        """Keep a part of the sentence as not understood, and why."""
        ...


def _roman(text: str) -> int | None:
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def read_relations(reader: SentenceState, periods: list[PeriodMention]) -> None:
    """Add the action plans, agreements, forums and visits the reader's sentence mentions.

    *periods* are the periods the sentence names (an agreement's term is among them).
    """
    _plans_and_agreements(reader, periods)
    _forums(reader)
    _visits(reader)


def _term(
    reader: SentenceState, start: int, end: int, periods: list[PeriodMention]
) -> PeriodMention | None:
    inside = [p for p in periods if start <= p.span[0] - reader.base < end + 12]
    return inside[0] if inside else None


#: The part of an agreement pattern from which its parties run lazily to the first stop.
_LAZY_PARTIES: Final = "(?P<parties>.+?)"


@functools.lru_cache(maxsize=8)
def _halves(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """*pattern* cut before its lazy parties: (title part, parties part); None if it has none."""
    source = pattern.pattern
    if source.count(_LAZY_PARTIES) != 1:
        return None
    at = source.index(_LAZY_PARTIES)
    return re.compile(source[:at], pattern.flags), re.compile(source[at:], pattern.flags)


#: Where the parties of the last agreement read in a sentence began and ended, its
#: subject (text and start) and the end of the whole match.
_Tail = tuple[int, int, str | None, int, int]


class _Agreements:
    """The agreement starting at any position of one shadow sentence, read left to right.

    A sentence that repeats "Agreement between ..." (hostile, or a pasted list) made the
    lazy parties of each run on to the same stop: the text after a stop decides alone
    whether the parties end there, so parties that start inside earlier parties end
    where those did, and the stop is looked for once.
    """

    def __init__(self, reader: SentenceState) -> None:
        self.reader = reader
        self.halves = _halves(reader.g.agreement)
        self.last: _Tail | None = None

    def tail(self, pos: int) -> tuple[str, int, _Tail] | None:
        """(title, its start, tail) of the agreement matched at *pos*, as the pattern reads it."""
        shadow = self.reader.shadow
        if self.halves is not None:
            title_part, parties_part = self.halves
            head = title_part.match(shadow, pos)
            if head is None:
                return None  # (the whole pattern needs its title part)
            start = head.end()
            last = self.last
            if last is not None and last[0] <= start < last[1]:
                return head.group("title"), head.start("title"), (start, *last[1:])
            rest = parties_part.match(shadow, start)
            if rest is not None:
                self.last = (
                    start,
                    rest.end("parties"),
                    rest.group("subject"),
                    rest.start("subject"),
                    rest.end(),
                )
                return head.group("title"), head.start("title"), self.last
        match = self.reader.g.agreement.match(shadow, pos)
        if match is None:
            return None
        return (
            match.group("title"),
            match.start("title"),
            (
                match.start("parties"),
                match.end("parties"),
                match.group("subject"),
                match.start("subject"),
                match.end(),
            ),
        )


def _agreement_at(
    reader: SentenceState, pos: int, periods: list[PeriodMention], found: _Agreements
) -> AgreementMention | None:
    read = found.tail(pos)
    if read is None:
        return None
    title, title_start, (offset, parties_end, subject_text, _, match_end) = read
    parties: list[PartyMention] = []
    parties_text = reader.shadow[offset:parties_end]
    for party in reader.g.party.finditer(parties_text):
        name = parties_text[party.start("body") : party.end()]
        region = find_region(party.group("region"))
        parties.append(
            PartyMention(
                party.group("body"),
                name,
                reader.span(offset + party.start("body"), offset + party.end()),
                region,
            )
        )
    subjects: tuple[str, ...] = ()
    if subject_text:
        cleaned = re.sub(r"\s+(?:cooperation|сотрудничестве)$", "", subject_text)
        subjects = tuple(s.strip() for s in cleaned.split(",") if s.strip())
    term = _term(reader, match_end, match_end, periods)
    end = match_end
    if term is not None:
        end = term.span[1] - reader.base
    return AgreementMention(
        title,
        tuple(parties),
        reader.span(title_start, end),
        subjects,
        term,
    )


def _plans_and_agreements(reader: SentenceState, periods: list[PeriodMention]) -> None:
    plan_matches = list(reader.each("plan", reader.g.plan))
    signed = reader.current
    found = _Agreements(reader)
    for match in plan_matches:
        agreement = _agreement_at(reader, match.end(), periods, found)
        if agreement is None:
            reader.unread(
                match.start(),
                match.end(),
                "an action plan to implement no agreement the reader knows",
            )
            continue
        reader.add("agreements", agreement)
        reader.add(
            "plans",
            PlanMention(
                agreement,
                (reader.base + match.start(), agreement.span[1]),
                agreement.term,
                signed,
            ),
        )
    if plan_matches:
        return
    if not reader.has("agreement"):
        return
    for match in re.finditer(r"(?i)\b(?:agreement|соглашени)", reader.shadow):
        start = reader.shadow.rfind(" ", 0, max(0, match.start() - 1)) + 1
        for pos in (match.start(), start):
            agreement = _agreement_at(reader, pos, periods, found)
            if agreement is not None and agreement.parties:
                reader.add("agreements", agreement)
                break


def _edition(reader: SentenceState, text: str) -> int | None:
    low = text.lower()
    if low in reader.g.ordinals:
        return reader.g.ordinals[low]
    if set(text) <= set(_ROMAN):
        return _roman(text)
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def _forums(reader: SentenceState) -> None:
    from regionrel import gazetteer

    for match in reader.each("forum", reader.g.forum):
        edition_text = reader.sent[match.start("edition") : match.end("edition")]
        edition = _edition(reader, edition_text)
        name = reader.sent[match.start("name") : match.end("name")]
        countries = gazetteer.parties_in(name)
        if not countries:
            countries = tuple(
                m.region
                for m in reader.region_spans
                if match.start("name") <= m.span[0] - reader.base < match.end("name")
            )
        reader.add(
            "forums",
            ForumMention(
                f"{edition_text} {name}",
                reader.span(match.start("edition"), match.end()),
                edition,
                countries,
                reader.current,
            ),
        )
        reader.mask(match.start("edition"), match.end())


def _visits(reader: SentenceState) -> None:
    for match in reader.each("visit", reader.g.visit):
        a, b = match.span("visitors")
        visitors = tuple(m for m in reader.region_spans if a <= m.span[0] - reader.base < b)
        h_start = match.start("host")
        host = next((m for m in reader.region_spans if m.span[0] - reader.base >= h_start), None)
        if not visitors:
            continue
        reader.add(
            "visits",
            VisitMention(visitors, reader.span(*match.span()), host, reader.current),
        )
