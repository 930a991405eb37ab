"""Read a published report's prose into typed items with spans: :func:`extract`.

The reader is rule-based. Each sentence is turned into a *shadow* of the same length
(numbers scanned with :func:`regionrel._numbers.scan_number` become runs of one
placeholder character), the stock phrases of the locale's :class:`Grammar` are matched
on it, and each money figure and change is attached to the flow named before it in its
clause. A number that no phrase explains is never guessed at: its clause comes back in
:attr:`Extraction.unread`; a change that could belong to two flows comes back in
:attr:`Extraction.ambiguities`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any, Final

import attrs

from regionrel._numbers import NumberText, check_locale, scan_at
from regionrel._validators import unchecked
from regionrel.dates import parse_date
from regionrel.errors import RegionrelError, WrongTypeError
from regionrel.periods import Period
from regionrel.regions import Region
from regionrel.reported import FigureKind, Reported
from regionrel.scales import Scale
from regionrel.text import lexicon, patterns_en, patterns_ru
from regionrel.text.amounts import JOINT_MARKS, across_marks
from regionrel.text.extraction import Extraction
from regionrel.text.figures import undecided_in
from regionrel.text.grammar import MASK, NUM, Grammar
from regionrel.text.items import (
    Ambiguity,
    ChangeFigure,
    DateMention,
    Direction,
    ExceedFigure,
    FigureSubject,
    FlowRole,
    MoneyFigure,
    PartnerCount,
    PartnerShare,
    PeriodMention,
    PeriodRole,
    RankMention,
    RegionMention,
    Span,
    SubjectKind,
    Unread,
)
from regionrel.text.lookup import find_region, regions_named_in
from regionrel.text.phrase_readings import (
    NUMBERED_PHRASES,
    chunk_subject,
    currency_code,
    period_of_text,
    period_reading,
    scale_of,
)
from regionrel.text.places import merge_ranks
from regionrel.text.relation_mentions import read_relations
from regionrel.text.sentences import Sentence, split_sentences
from regionrel.text.statements import read_statements_and_places

__all__ = ["Extraction", "extract"]

_GRAMMARS: Final = {"en": patterns_en.GRAMMAR, "ru": patterns_ru.GRAMMAR}
#: Each grammar's trigger families as one pattern of words each (none for a family of none).
_TRIGGERS: Final = {
    locale: [
        (family, re.compile("|".join(re.escape(w) for w in words)))
        for family, words in grammar.triggers.items()
        if words
    ]
    for locale, grammar in _GRAMMARS.items()
}
_DATE: Final = re.compile(r"(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{4}(?![\d]|[.,]\d)")
#: A number and a comma with one space before a money's one or two digits: "147, 2 млн"
#: (a decimal comma the publisher followed by a space) ends there, unless it is a year.
_SPACED_COMMA: Final = re.compile(r"(?<![\d.,])(?!(?:18|19|20)\d\d,)\d+, $")
_YEAR_CUE: Final = re.compile(r"(?:\bin|\bfor|(?<![а-яё])в|(?<![а-яё])за)\s*$", re.IGNORECASE)
_DIGITS: Final = re.compile(r"[0-9]+")  # ASCII: the digits scan_number reads
_RUN: Final = re.compile(f"{NUM}+")
_CLAUSE_MARKS: Final = re.compile("[();]")


@functools.lru_cache(maxsize=512)
def _sentence_regions(sent: str, locale: str) -> tuple[tuple[Region, int, int], ...]:
    """The regions a sentence names, with their offsets in it (a pure function, so cached)."""
    return regions_named_in(sent, _GRAMMARS[locale])


def extract(text: str, *, locale: str = "en") -> Extraction:
    """Read report prose into figures, changes, partners, ranks, periods, regions and relations.

    Args:
        text: the prose as published.
        locale: ``"en"`` (English translation) or ``"ru"`` (Russian); decides the
            phrases and how numbers are written.

    Returns:
        An :class:`Extraction`; sentences it did not understand are in ``unread``.

    Raises:
        WrongTypeError: *text* is not a str.
        ValidationError: an unknown locale.

    >>> found = extract("Экспорт превышает импорт на 73%.", locale="ru")
    >>> found.at(found.exceeds[0].figure.span), found.exceeds[0].larger.value
    ('73', 'exports')
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="extract", field="text", value=text)
    grammar = _GRAMMARS[check_locale(locale, cls="extract")]
    # (the statements first: their tokens are gone before the reader's items pile up)
    statements, places = read_statements_and_places(text, locale=locale)
    reader = _Reader(text, grammar)
    for sentence in split_sentences(text):
        for piece in _bounded(sentence):
            reader.read(piece)
    found = reader.result()
    ranks = merge_ranks(found.ranks, places)
    found = attrs.evolve(found, statements=statements, places=places, ranks=ranks)
    return attrs.evolve(found, ambiguities=found.ambiguities + undecided_in(found))


#: The longest stretch the phrase passes read at once. No real sentence is longer; a
#: run-on text (hostile, or a table pasted without stops) is read in stretches of this
#: size, so that the passes, some of them quadratic in their input, stay linear in
#: the text.
_LONGEST: Final = 1500


def _bounded(sentence: Sentence) -> Iterator[Sentence]:
    """*sentence* itself, or stretches of it no longer than :data:`_LONGEST`, cut at spaces."""
    text, start = sentence.text, sentence.start
    while len(text) > _LONGEST:
        cut = text.rfind(" ", _LONGEST // 2, _LONGEST)
        cut = _LONGEST if cut < 0 else cut
        yield Sentence(text[:cut], start, start + cut)
        rest = text[cut:]
        lead = len(rest) - len(rest.lstrip())
        text, start = rest.lstrip(), start + cut + lead
    if text:
        yield Sentence(text, start, start + len(text))


@attrs.define
class _Flow:
    roles: list[FlowRole]
    start: int
    end: int
    subject: FigureSubject | None
    negative: bool
    has_verb: bool = False
    #: A part of the qualifier the reader does not know ("of the region to China").
    unknown: str = ""


@attrs.define
class _Hit:
    kind: str  # "money" or "change"
    start: int
    end: int
    payload: Any


class _Reader:
    """Reads sentence after sentence, keeping the period in force across sentences."""

    def __init__(self, text: str, grammar: Grammar) -> None:
        self.text = text
        self.g = grammar
        self.locale = grammar.locale
        self.items: dict[str, list[Any]] = {
            name: []
            for name in [
                "figures",
                "changes",
                "exceeds",
                "partner_counts",
                "shares",
                "ranks",
                "periods",
                "dates",
                "regions",
                "agreements",
                "plans",
                "forums",
                "visits",
                "unread",
                "ambiguities",
            ]
        }
        self.current: Period | None = None
        self.last_flow: _Flow | None = None

    def result(self) -> Extraction:
        return Extraction(self.text, self.locale, **{k: tuple(v) for k, v in self.items.items()})

    # -- one sentence -------------------------------------------------------------------

    def read(self, sentence: Sentence) -> None:
        self.s = sentence
        self.base = sentence.start
        self.sent = sentence.text
        self.clauses = list(self._clauses())  # read once: attachment asks for them often
        lower = sentence.text.lower()
        self.on = {f for f, words in _TRIGGERS[self.locale] if words.search(lower)}
        self.shadow = sentence.text
        self.main_cache: list[Period | None] = []
        self.numbers: dict[int, NumberText] = {}
        self.used: set[int] = set()
        self.found = 0
        before = {k: len(v) for k, v in self.items.items()}
        self._dates()
        self._numbers()
        self.starts = list(self.numbers)  # ascending: _numbers reads left to right
        self.has_year = any(
            len(n.text) in (4, 8) and n.text.isdigit() for n in self.numbers.values()
        )
        self._explanations()
        self._regions()
        self._exceeds()
        self._counts()
        self._ranks()
        self._shares()
        changes = self._changes()
        moneys = self._moneys()
        periods = self._periods()
        self._attach(changes, moneys, periods)
        read_relations(self, periods)
        understood = any(
            len(self.items[k]) > before[k] for k in self.items if k not in ("regions", "periods")
        )
        self._leftovers(understood)

    # -- helpers --------------------------------------------------------------------------

    def has(self, family: str) -> bool:
        """Whether the sentence holds a trigger of *family* (or the family has none)."""
        return family in self.on or family not in self.g.triggers

    def each(self, family: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of *pattern* in the shadow, when the sentence can hold any."""
        if not self.has(family) or (NUM not in self.shadow and pattern in NUMBERED_PHRASES):
            return iter(())
        return pattern.finditer(self.shadow)

    def span(self, start: int, end: int) -> Span:
        return (self.base + start, self.base + end)

    def mask(self, start: int, end: int) -> None:
        self.shadow = self.shadow[:start] + MASK * (end - start) + self.shadow[end:]
        starts = self.starts  # the numbers' positions, ascending: a mask costs what it covers
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            self.used.add(starts[k])

    def mask_all(self, spans: list[tuple[int, int]]) -> None:
        """:meth:`mask` each of *spans* (ascending, apart), rebuilding the shadow once."""
        if not spans:
            return
        shadow, at, starts = self.shadow, 0, self.starts
        pieces: list[str] = []
        for start, end in spans:
            pieces += (shadow[at:start], MASK * (end - start))
            at = end
            for k in range(bisect_left(starts, start), bisect_left(starts, end)):
                self.used.add(starts[k])
        pieces.append(shadow[at:])
        self.shadow = "".join(pieces)

    def number(self, match: re.Match[str], group: str = "num") -> NumberText:
        return self.numbers[match.start(group)]

    def reported(self, number: NumberText, kind: FigureKind) -> Reported:
        return Reported.from_number(number, kind=kind, locale=self.locale)

    def add(self, name: str, item: object) -> None:
        self.items[name].append(item)

    def unread(self, start: int, end: int, reason: str) -> None:
        self.add("unread", Unread(self.sent[start:end], self.span(start, end), reason))

    def period_of(self, group_text: str) -> tuple[Period, bool] | None:
        return period_of_text(group_text)

    # -- passes ----------------------------------------------------------------------------

    def _dates(self) -> None:
        for match in _DATE.finditer(self.sent):
            try:
                day = parse_date(match.group())
            except RegionrelError as exc:
                self.unread(match.start(), match.end(), f"not a date: {exc}")
                self.shadow = (
                    self.shadow[: match.start()]
                    + MASK * len(match.group())
                    + self.shadow[match.end() :]
                )
                continue
            label = "updated" if self.g.updated.search(self.sent, 0, match.start()) else ""
            self.add("dates", DateMention(day, match.group(), self.span(*match.span()), label))
            self.shadow = (
                self.shadow[: match.start()]
                + MASK * len(match.group())
                + self.shadow[match.end() :]
            )

    def _numbers(self) -> None:
        shadow, skip, locale = list(self.shadow), 0, check_locale(self.locale, cls="extract")
        text, base = self.text, self.base
        for digit in _DIGITS.finditer(self.sent):
            pos = digit.start()
            if pos < skip or shadow[pos] == MASK:
                continue
            try:
                found = scan_at(text, base + pos, locale, "scan_number")
                if found is not None and text[found.end : found.end + 1] in JOINT_MARKS:
                    found = across_marks(text, found, locale=locale) or found  # "7\u200b109"
            except RegionrelError as exc:
                end = pos
                while end < len(self.sent) and not self.sent[end].isspace():
                    end += 1
                self.unread(pos, end, f"a malformed number: {exc.rule}")
                shadow[pos:end] = MASK * (end - pos)
                skip = end
                continue
            assert found is not None
            skip = end = found.end - base
            self.numbers[pos] = found
            shadow[pos:end] = NUM * (end - pos)
        self.shadow = "".join(shadow)

    def _explanations(self) -> None:
        for match in self.each("explanation", self.g.explanation):
            close = self.shadow.find(")", match.end())
            end = len(self.shadow) if close < 0 else close + 1
            self.shadow = (
                self.shadow[: match.start()] + MASK * (end - match.start()) + self.shadow[end:]
            )

    def _regions(self) -> None:
        self.region_spans: list[RegionMention] = []
        for region, start, end in _sentence_regions(self.sent, self.locale):
            mention = RegionMention(region, self.sent[start:end], self.span(start, end))
            self.region_spans.append(mention)
            self.add("regions", mention)

    def _exceeds(self) -> None:
        for match in self.each("exceed", self.g.exceed):
            larger, smaller = (
                lexicon.flow_named(match.group("a")),
                lexicon.flow_named(match.group("b")),
            )
            if match.group("num"):
                figure = self.reported(self.number(match), FigureKind.PERCENT)
            else:
                figure = self.reported(self.number(match, "num2"), FigureKind.MULTIPLE)
            self.add(
                "exceeds",
                ExceedFigure(larger, smaller, figure, self.span(*match.span()), self.current),
            )
            self.mask(*match.span())

    def _counts(self) -> None:
        for match in self.each("count", self.g.count):
            group = next(g for g in ("num", "num2", "num3", "num4") if match.group(g))
            number = self.number(match, group)
            if number.decimals or number.value < 0:
                continue
            figure = self.reported(number, FigureKind.NUMBER)
            self.add(
                "partner_counts",
                PartnerCount(int(number.value), figure, self.span(*match.span()), self._main()),
            )
            self.mask(*match.span())

    def _main(self) -> Period | None:
        """The sentence's own reporting period, else the one in force."""
        if not self.main_cache:
            self.main_cache.append(self._find_main())
        return self.main_cache[0]

    def _find_main(self) -> Period | None:
        if not self.has_year:
            return self.current
        for match in self.g.period.finditer(self.shadow):
            cue = match.group("cue") or ""
            found = self.period_of(self.sent[match.start("years") : match.end("years")])
            if found and found[0].is_year and self.g.main_cue.search(cue):
                return found[0]
        return self.current

    def _ranks(self) -> None:
        for match in self.each("rank", self.g.rank):
            group_match = self.g.rank_group.search(self.sent)
            group = group_match.group("group") if group_match else None
            region = None
            for mention in self.region_spans:
                at = mention.span[0] - self.base
                if at < match.start() and (group_match is None or at >= group_match.end()):
                    region = mention.region
            period = self._main()
            parts = [match]
            more = self.g.rank_more.match(self.shadow, match.end())
            while more is not None:
                parts.append(more)
                more = self.g.rank_more.match(self.shadow, more.end())
            for part in parts:
                number = self.number(part)
                self.add(
                    "ranks",
                    RankMention(
                        int(number.value),
                        lexicon.flow_named(part.group("flow")),
                        self.span(*part.span()),
                        region,
                        group,
                        period,
                    ),
                )
            self.mask(match.start(), parts[-1].end())
            if group_match is not None:
                self.mask(*group_match.span())

    def _shares(self) -> None:
        inherited: FlowRole | None = None
        for match in self.each("share_phrase", self.g.share_phrase):
            name = match.group("name")
            region = find_region(name)
            self.add(
                "shares",
                PartnerShare(
                    name,
                    self.reported(self.number(match), FigureKind.PERCENT),
                    self.span(*match.span()),
                    region,
                    lexicon.flow_named(match.group("of")),
                    False,
                    self._main(),
                ),
            )
            self.mask(*match.span())
        last_end = -1
        for match in self.each("percent", self.g.share):
            cut = max(
                (m.end() for m in self.g.share_name.finditer(self.shadow, 0, match.start())),
                default=0,
            )
            raw = self.shadow[cut : match.start()]
            name = raw.strip()
            if not name or NUM in name or MASK in name:
                continue
            name_start = cut + raw.index(name)
            region = find_region(name)
            if region is None:
                continue
            of_text = match.group("of")
            of = lexicon.flow_named(of_text) if of_text else None
            is_inherited = False
            if (
                of is None
                and inherited is not None
                and self.shadow[last_end:name_start].strip(
                    " ,;и" if self.locale == "ru" else " ,;and"
                )
                == ""
            ):
                of, is_inherited = inherited, True
            if of is not None:
                inherited = of
            last_end = match.end()
            self.add(
                "shares",
                PartnerShare(
                    name,
                    self.reported(self.number(match), FigureKind.PERCENT),
                    self.span(name_start, match.end()),
                    region,
                    of,
                    is_inherited,
                    self._main(),
                ),
            )
            self.mask(name_start, match.end())

    def _changes(self) -> list[_Hit]:
        hits: list[_Hit] = []
        for pattern, direction in (
            (self.g.change_signed, None),
            (self.g.change_up, Direction.UP),
            (self.g.change_down, Direction.DOWN),
        ):
            for match in self.each("percent", pattern):
                way = direction
                if way is None:
                    way = Direction.UP if match.group("sign") == "+" else Direction.DOWN
                figure = self.reported(self.number(match), FigureKind.PERCENT)
                hits.append(_Hit("change", *match.span(), (figure, way, None)))
                more = self.g.change_more.match(self.shadow, match.end())
                self.mask(*match.span())
                while more is not None:
                    figure = self.reported(self.number(more), FigureKind.PERCENT)
                    hits.append(_Hit("change", more.start("num"), more.end(), (figure, way, None)))
                    self.mask(*more.span())
                    more = self.g.change_more.match(self.shadow, more.end())
        for match in self.each("multiple", self.g.multiple):
            way = Direction.UP if match.group("up") else Direction.DOWN
            figure = self.reported(self.number(match), FigureKind.MULTIPLE)
            hits.append(_Hit("change", *match.span(), (figure, way, None)))
            self.mask(*match.span())
        for match in self.each("percent", self.g.index):
            base = self.period_of(self.sent[match.start("base") : match.end("base")])
            if base is None:
                continue
            figure = self.reported(self.number(match), FigureKind.INDEX)
            hits.append(_Hit("change", *match.span(), (figure, Direction.LEVEL, base[0])))
            self.mask(*match.span())
        return hits

    def _moneys(self) -> list[_Hit]:
        hits: list[_Hit] = []
        for match in self.each("money", self.g.money):
            currency = currency_code(match.group("pre") or match.group("cur"), self.locale)
            scale = Scale.UNIT
            if match.group("scale"):
                scale = scale_of(match.group("scale"), self.locale)
            groups = ["num", "num2"]
            first = self.number(match)
            mask_from = match.start()
            if (
                match.group("num2")
                and _YEAR_CUE.search(self.sent, 0, match.start())
                and (first.text.isdigit() and len(first.text) == 4)
            ):
                # "in 2019 and 5,656 million": the first number is a year, not an amount.
                groups = ["num2"]
                mask_from = match.start("num2")
            for group in groups:
                if match.group(group):
                    number = self.number(match, group)
                    start = match.start(group)
                    if len(number.text) <= 2 and _SPACED_COMMA.search(
                        self.sent, max(0, start - 24), start
                    ):
                        continue  # "147, 2 млн": the tail of a number, never read as half
                    hits.append(
                        _Hit(
                            "money",
                            start,
                            match.end(),
                            (self.reported(number, FigureKind.NUMBER), scale, currency),
                        )
                    )
            self.mask(mask_from, match.end())
        return hits

    def _periods(self) -> list[PeriodMention]:
        found: list[PeriodMention] = []
        if not self.has_year:
            return found
        masks: list[tuple[int, int]] = []
        sent, base, kept = self.sent, self.base, self.items["periods"]  # (once, not per year)
        for match in self.g.period.finditer(self.shadow):
            start, end = match.span("years")
            text = sent[start:end]
            reading = period_reading(match.group("years"), text, match["cue"] or "", self.locale)
            if reading is None:
                continue
            period, repaired, role = reading
            mention = unchecked(
                PeriodMention, period, text, (base + start, base + end), role, repaired
            )
            found.append(mention)
            kept.append(mention)
            masks.append((start, end))  # (nothing below reads the shadow)
        self.mask_all(masks)
        return found

    # -- attachment -------------------------------------------------------------------------

    def _clauses(self) -> Iterator[tuple[int, int]]:
        if ";" not in self.sent:
            yield 0, len(self.sent)
            return
        start, depth = 0, 0
        for mark in _CLAUSE_MARKS.finditer(self.sent):  # the marks alone, not every character
            ch, i = mark.group(), mark.start()
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                yield start, i
                start = i + 1
        yield start, len(self.sent)

    def _flows(self, start: int, end: int) -> list[_Flow]:
        flows: list[_Flow] = []
        if not self.has("flow"):
            return []
        matches = list(self.g.flow.finditer(self.shadow, start, end))
        for k, match in enumerate(matches):
            name = match.lastgroup or "turnover"
            role = FlowRole(name)
            limit = matches[k + 1].start() if k + 1 < len(matches) else end
            stop = self.g.qualifier_stop.search(self.shadow, match.end(), limit)
            q_end = stop.start() if stop else limit
            subject, unknown = self._subject(match.end(), q_end)
            negative = role is FlowRole.BALANCE and bool(
                self.g.negative_balance.search(match.group())
            )
            if (
                flows
                and not flows[-1].has_verb
                and self.g.conjunction.match(self.shadow[flows[-1].end : match.start()])
            ):
                flows[-1].roles.append(role)
                flows[-1].end = q_end
                continue
            flows.append(_Flow([role], match.start(), q_end, subject, negative, unknown=unknown))
        return flows

    def _subject(self, start: int, end: int) -> tuple[FigureSubject | None, str]:
        """The subject a qualifier names, and the part of it not understood ("" when none)."""
        subject: FigureSubject | None = None
        for chunk in self.g.qualifier_split.split(self.sent[start:end]):
            if self.g.generic_qualifier.match(chunk):
                continue
            found = self._chunk_subject(" " + chunk.strip())
            if found is None:
                return None, chunk.strip()
            if subject is None or found.kind is SubjectKind.PARTNER:
                subject = found
        return subject, ""

    def _chunk_subject(self, text: str) -> FigureSubject | None:
        return chunk_subject(text, self.locale)

    def _attach(
        self, changes: list[_Hit], moneys: list[_Hit], periods: list[PeriodMention]
    ) -> None:
        main = next((p.period for p in periods if p.role is PeriodRole.MAIN), None)
        if main is not None:
            self.current = main
        base = next((p.period for p in periods if p.role is PeriodRole.BASE), None)
        hits = sorted(changes + moneys, key=lambda h: h.start)
        for c_start, c_end in self.clauses:
            flows = self._flows(c_start, c_end)
            mine = [h for h in hits if c_start <= h.start < c_end]
            if not mine:
                if flows:
                    self.last_flow = flows[-1]
                continue
            starts = [h.start for h in mine]  # ascending: hits are sorted
            for flow in flows:
                at = bisect_left(starts, flow.end)  # the first hit at or after the flow
                stop = mine[at].start if at < len(mine) else c_end
                flow.has_verb = bool(self.g.verb.search(self.shadow, flow.end, stop))
            self._attach_clause(c_start, c_end, flows, mine, periods, base)
            if flows:
                self.last_flow = flows[-1]

    def _attach_clause(
        self,
        c_start: int,
        c_end: int,
        flows: list[_Flow],
        hits: list[_Hit],
        periods: list[PeriodMention],
        base: Period | None,
    ) -> None:
        groups: dict[int, list[_Hit]] = {i: [] for i in range(len(flows))}
        orphans: list[_Hit] = []
        starts = [f.start for f in flows]  # ascending: flows are read left to right
        for hit in hits:
            # the last flow that starts at or before the hit
            owner = bisect_right(starts, hit.start) - 1
            if owner < 0:
                orphans.append(hit)
            else:
                groups[owner].append(hit)
        if orphans:
            if len(flows) == 1 and len(flows[0].roles) == 1:
                groups[0] = orphans + groups[0]
            elif (
                not flows
                and self.last_flow is not None
                and self.g.pronoun.match(self.shadow, c_start)
            ):
                flows = [self.last_flow]
                groups = {0: orphans}
            elif flows:
                roles = tuple(r.value for f in flows for r in f.roles)
                for hit in orphans:
                    self._ambiguous(hit, "comes before the flows it could belong to", roles)
            else:
                for hit in orphans:
                    self.unread(hit.start, hit.end, "a figure with no flow named in its clause")
        respectively = self.has("respectively") and bool(
            self.g.respectively.search(self.shadow, c_start, c_end)
        )
        all_roles = tuple(dict.fromkeys(r.value for f in flows for r in f.roles))
        for i, flow in enumerate(flows):
            mine = groups[i]
            if flow.unknown:
                for hit in mine:
                    self.unread(
                        hit.start,
                        hit.end,
                        f"a figure of a flow qualified by {flow.unknown!r}, which the reader does not know",
                    )
                continue
            if len(flow.roles) > 1:
                self._compound(flow, mine, respectively, periods, base)
                continue
            role = flow.roles[0]
            money_figs: list[MoneyFigure] = []
            for hit in (h for h in mine if h.kind == "money"):
                money_figs.append(self._money(hit, role, flow, periods))
            for hit in (h for h in mine if h.kind == "change"):
                elliptic = (
                    len(flows) > 1
                    and not flow.has_verb
                    and any(m.start < hit.start for m in mine if m.kind == "money")
                    and ","
                    in self.shadow[
                        max(
                            m.end for m in mine if m.kind == "money" and m.start < hit.start
                        ) : hit.start
                    ]
                    and self.sent[hit.start] != "("
                )
                if elliptic:
                    self._ambiguous(hit, "follows an elliptical clause", all_roles)
                    continue
                of = self._figure_for(money_figs, base)
                self._change(hit, role, flow.subject, of, base)

    def _compound(
        self,
        flow: _Flow,
        hits: list[_Hit],
        respectively: bool,
        periods: list[PeriodMention],
        base: Period | None,
    ) -> None:
        roles = tuple(r.value for r in flow.roles)
        for kind in ("money", "change"):
            mine = [h for h in hits if h.kind == kind]
            if not mine:
                continue
            if respectively and len(mine) == len(flow.roles):
                for hit, role in zip(mine, flow.roles, strict=True):
                    if kind == "money":
                        self._money(hit, role, flow, periods)
                    else:
                        self._change(hit, role, flow.subject, None, base)
                continue
            for hit in mine:
                self._ambiguous(hit, "could belong to any flow of a compound subject", roles)

    def _figure_for(self, figures: list[MoneyFigure], base: Period | None) -> MoneyFigure | None:
        current = [f for f in figures if base is None or f.period != base]
        return current[0] if len(current) == 1 else None

    def _money(
        self, hit: _Hit, role: FlowRole, flow: _Flow, periods: list[PeriodMention]
    ) -> MoneyFigure:
        figure, scale, currency = hit.payload
        period = self.current
        for mention in periods:
            gap = self.sent[hit.end : mention.span[0] - self.base]
            if mention.span[0] - self.base >= hit.end and re.fullmatch(
                r"\s*(?:in|for|в|за)\s*", gap
            ):
                period = mention.period
        span, subject, negative = self.span(hit.start, hit.end), flow.subject, flow.negative
        money = unchecked(
            MoneyFigure, role, figure, scale, currency, span, subject, period, negative
        )
        self.add("figures", money)
        return money

    def _change(
        self,
        hit: _Hit,
        role: FlowRole,
        subject: FigureSubject | None,
        of: MoneyFigure | None,
        base: Period | None,
    ) -> None:
        figure, direction, own_base = hit.payload
        self.add(
            "changes",
            unchecked(
                ChangeFigure,
                figure,
                direction,
                self.span(hit.start, hit.end),
                role,
                subject,
                of,
                own_base or base,
                of.period if of is not None else self.current,
            ),
        )

    def _ambiguous(self, hit: _Hit, reason: str, roles: tuple[str, ...]) -> None:
        what = "a change" if hit.kind == "change" else "an amount"
        self.add(
            "ambiguities",
            Ambiguity(
                self.sent[hit.start : hit.end],
                self.span(hit.start, hit.end),
                f"{what} that {reason}",
                roles,
            ),
        )

    # -- what is left ------------------------------------------------------------------------

    def _leftovers(self, understood: bool) -> None:
        if not understood:
            self.unread(0, len(self.sent), "no phrase the reader knows")
            return
        for pos, number in sorted(self.numbers.items()):
            if pos in self.used:
                continue
            c_start, c_end = next((a, b) for a, b in self.clauses if a <= pos < b)
            text = self.sent[c_start:c_end]
            lead = len(text) - len(text.lstrip())
            self.unread(
                c_start + lead,
                c_end,
                f"the number {number.text!r} is in no phrase the reader knows",
            )
