"""The typed key of a published figure: what it measures, of which flow, for whom.

A :class:`FigureKey` names every figure a :class:`~regionrel.audit.TradeReport` can
hold. The text reader hands figures to the audit as keys; the audit alone turns a
key into the quantity it pins and the rules it enters. Each key has one canonical
name, the keyword or figure name :class:`~regionrel.audit.TradeReport` has always
accepted, and :meth:`FigureKey.parse` reads it back:

>>> FigureKey.growth(TradeFlow.EXPORTS)
FigureKey.parse('exports_growth')
>>> str(FigureKey.share("CN", of=TradeFlow.EXPORTS))
'share:exports:CN'
>>> FigureKey.parse("rank:exports@Russia").level
'Russia'

Flows are :class:`regionrel.trade.TradeFlow`, shared by the text, trade and audit
layers. A figure about the whole trade (the partner count) has the flow
``TURNOVER``; the balance is ``BALANCE`` (an amount that may be negative); a
"exports exceed imports by" figure has the flow that exceeds.
"""

from __future__ import annotations

import enum
import functools
import re
from typing import Final

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.errors import ValidationError
from regionrel.trade import TradeFlow

__all__ = ["FigureKey", "Measure"]


class Measure(enum.StrEnum):
    """What a published figure measures."""

    #: The flow's amount in the report's period ("turnover", "balance").
    AMOUNT = "amount"
    #: The flow's amount in the previous period ("exports_previous").
    PREVIOUS = "previous"
    #: The change over the previous period, "+25.7%" or "2.1 times" ("exports_growth").
    GROWTH = "growth"
    #: The current value in percent of the previous one, "104.9%" ("exports_index").
    INDEX = "index"
    #: How many times the flow fell, "2.2 times" for a third of last year's less a bit
    #: ("exports_fall": the previous value over the current one).
    FALL = "fall"
    #: The flow's change over the previous period as an amount, "+8.2" ("exports_change").
    CHANGE = "change"
    #: The flow's share of turnover, "42.2%" ("exports_share").
    FLOW_SHARE = "flow_share"
    #: By how much the flow exceeds the other ("exports_exceed_imports_by").
    EXCEED = "exceed"
    #: A partner's (a country's or a group's: "CIS") share of the flow ("share:exports:CN").
    SHARE = "share"
    #: The amount traded with a partner ("partner:exports:CN").
    PARTNER = "partner"
    #: A partner group's share of the flow, the groups of one flow disjoint ("CIS",
    #: "far abroad": "group_share:exports:CIS").
    GROUP_SHARE = "group_share"
    #: A goods group's share of the flow, the groups of one flow disjoint
    #: ("goods_share:exports:machinery").
    GOODS_SHARE = "goods_share"
    #: The amount traded with a partner group ("group_value:exports:CIS").
    GROUP_VALUE = "group_value"
    #: The number of partner countries ("partner_count").
    PARTNER_COUNT = "partner_count"
    #: The reporter's place among a group ("rank:exports", "rank:exports@Russia").
    RANK = "rank"
    #: A ranked member's amount ("rank:exports:Tver Oblast").
    RANK_VALUE = "rank_value"
    #: The change of the flow's physical volume, "-1.1%" ("exports_volume_growth").
    VOLUME_GROWTH = "volume_growth"


_FLOWS: Final = "turnover|exports|imports"
_NAME: Final = re.compile(
    rf"(?P<flow>{_FLOWS}|balance)(?:_(?P<when>previous))?"
    rf"|(?P<gflow>{_FLOWS})_(?P<change>growth|index|volume_growth|fall)"
    rf"|(?P<cflow>{_FLOWS}|balance)_change"
    r"|(?P<sflow>exports|imports)_share"
    r"|(?P<larger>exports|imports)_exceed_(?P<smaller>exports|imports)_by"
    r"|(?P<count>partner_count)"
    rf"|(?P<kind>share|partner|group_share|goods_share|group_value):(?:(?P<base>{_FLOWS}):)?(?P<partner>[^:]+)"
    rf"|rank:(?P<rflow>{_FLOWS})(?:@(?P<level>[^:@]+))?(?::(?P<member>.+))?",
    re.DOTALL,
)
_CHANGES: Final = {
    "growth": Measure.GROWTH,
    "index": Measure.INDEX,
    "volume_growth": Measure.VOLUME_GROWTH,
    "fall": Measure.FALL,
}
_PREFIXES: Final = {
    Measure.SHARE: "share",
    Measure.PARTNER: "partner",
    Measure.GROUP_SHARE: "group_share",
    Measure.GOODS_SHARE: "goods_share",
    Measure.GROUP_VALUE: "group_value",
}
_TOTALS: Final = (TradeFlow.TURNOVER, TradeFlow.EXPORTS, TradeFlow.IMPORTS)

# How a key is written, one line a measure: its name (what parse reads back), the
# quantity it pins when that is not its name, and its label. The words are those of
# FigureKey._words: {flow}, {other} (the other of exports and imports), {subject},
# {prefix} and {base} of a "<prefix>:<base><subject>" name, {at} and {among} a level.
_NAMES: Final = {
    Measure.AMOUNT: "{flow}",
    Measure.PREVIOUS: "{flow}_previous",
    Measure.GROWTH: "{flow}_growth",
    Measure.INDEX: "{flow}_index",
    Measure.VOLUME_GROWTH: "{flow}_volume_growth",
    Measure.FALL: "{flow}_fall",
    Measure.CHANGE: "{flow}_change",
    Measure.FLOW_SHARE: "{flow}_share",
    Measure.EXCEED: "{flow}_exceed_{other}_by",
    Measure.SHARE: "{prefix}:{base}{subject}",
    Measure.PARTNER: "{prefix}:{base}{subject}",
    Measure.GROUP_SHARE: "{prefix}:{base}{subject}",
    Measure.GOODS_SHARE: "{prefix}:{base}{subject}",
    Measure.GROUP_VALUE: "{prefix}:{base}{subject}",
    Measure.PARTNER_COUNT: "partner_count",
    Measure.RANK: "rank:{flow}{at}",
    Measure.RANK_VALUE: "rank:{flow}{at}:{subject}",
}
#: A growth and an index of one flow pin the same ratio; a partner's figures name their
#: flow even when it is turnover.
_QUANTITIES: Final = {
    Measure.GROWTH: "{flow}_ratio",
    Measure.INDEX: "{flow}_ratio",
    Measure.VOLUME_GROWTH: "{flow}_volume_ratio",
    Measure.EXCEED: "{flow}_to_{other}",
    Measure.SHARE: "{prefix}:{flow}:{subject}",
    Measure.PARTNER: "{prefix}:{flow}:{subject}",
    Measure.GROUP_SHARE: "{prefix}:{flow}:{subject}",
    Measure.GOODS_SHARE: "{prefix}:{flow}:{subject}",
    Measure.GROUP_VALUE: "{prefix}:{flow}:{subject}",
}
_LABELS: Final = {
    Measure.AMOUNT: "{flow}",
    Measure.PREVIOUS: "previous {flow}",
    Measure.GROWTH: "{flow} growth",
    Measure.INDEX: "{flow} index",
    Measure.VOLUME_GROWTH: "{flow} physical volume growth",
    Measure.FALL: "{flow} fall",
    Measure.CHANGE: "{flow} change",
    Measure.FLOW_SHARE: "{flow}' share of turnover",
    Measure.EXCEED: "{flow} exceed {other} by",
    Measure.SHARE: "{subject}'s share of {flow}",
    Measure.PARTNER: "{flow} with {subject}",
    Measure.GROUP_SHARE: "{subject}'s share of {flow} (partner group)",
    Measure.GOODS_SHARE: "{subject}'s share of {flow} (goods)",
    Measure.GROUP_VALUE: "{flow} with {subject} (partner group)",
    Measure.PARTNER_COUNT: "partner count",
    Measure.RANK: "place in {flow}{among}",
    Measure.RANK_VALUE: "{flow} of {subject}{among}",
}


def _unknown(name: object) -> ValidationError:
    return ValidationError(
        "is not a figure the audit knows", cls="TradeReport", field="figures", value=name
    )


@attrs.frozen(order=False, repr=False, cache_hash=True, field_transformer=checked_by_annotation)
class FigureKey:
    """The typed name of a figure: a measure, a flow, and whom it concerns.

    Build keys with the named constructors (:meth:`amount`, :meth:`growth`,
    :meth:`share`, ...) or read a figure name with :meth:`parse`; ``str(key)`` is the
    name, and ``parse(str(key)) == key``.

    >>> FigureKey.parse("exports_exceed_imports_by") == FigureKey.exceed(TradeFlow.EXPORTS)
    True
    """

    #: What the figure measures.
    measure: Measure
    #: The flow it concerns (``TURNOVER`` for the partner count).
    flow: TradeFlow
    #: The partner, goods group or ranked member, for the measures that have one.
    subject: str | None = None
    #: The group a rank is among ("Russia", "Volga Federal District"); ``None`` is the
    #: report's own group.
    level: str | None = None
    # The name, quantity and label, worked out on first use: a report asks for them often.
    _texts: tuple[str, str, str] | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )

    # Named constructors -------------------------------------------------------------

    @classmethod
    def amount(cls, flow: TradeFlow | str) -> FigureKey:
        """The flow's amount in the report's period (``balance`` may be negative)."""
        return cls(Measure.AMOUNT, TradeFlow.coerce(flow, cls="FigureKey"))

    @classmethod
    def previous(cls, flow: TradeFlow | str) -> FigureKey:
        """The flow's amount in the previous period."""
        return cls(Measure.PREVIOUS, TradeFlow.coerce(flow, cls="FigureKey"))

    @classmethod
    def growth(cls, flow: TradeFlow | str) -> FigureKey:
        """The flow's change over the previous period ("+25.7%", "2.1 times")."""
        return cls(Measure.GROWTH, _total(flow))

    @classmethod
    def index(cls, flow: TradeFlow | str) -> FigureKey:
        """The flow as a percentage of the previous period's ("104.9%")."""
        return cls(Measure.INDEX, _total(flow))

    @classmethod
    def volume_growth(cls, flow: TradeFlow | str) -> FigureKey:
        """The change of the flow's physical volume ("-1.1%")."""
        return cls(Measure.VOLUME_GROWTH, _total(flow))

    @classmethod
    def fall(cls, flow: TradeFlow | str) -> FigureKey:
        """How many times the flow fell: the previous value over the current ("в 2,2 раза")."""
        return cls(Measure.FALL, _total(flow))

    @classmethod
    def change(cls, flow: TradeFlow | str) -> FigureKey:
        """The flow's change over the previous period as an amount ("+8.2", may be negative)."""
        return cls(Measure.CHANGE, TradeFlow.coerce(flow, cls="FigureKey"))

    @classmethod
    def flow_share(cls, flow: TradeFlow | str) -> FigureKey:
        """Exports' or imports' share of turnover ("exports made 42.2% of turnover")."""
        value = TradeFlow.coerce(flow, cls="FigureKey")
        if value not in (TradeFlow.EXPORTS, TradeFlow.IMPORTS):
            raise ValidationError(
                "must be exports or imports", cls="FigureKey", field="flow", value=flow
            )
        return cls(Measure.FLOW_SHARE, value)

    @classmethod
    def exceed(cls, larger: TradeFlow | str) -> FigureKey:
        """*larger* (exports or imports) exceeds the other flow by this much."""
        flow = TradeFlow.coerce(larger, cls="FigureKey")
        if flow not in (TradeFlow.EXPORTS, TradeFlow.IMPORTS):
            raise ValidationError(
                "must be exports or imports", cls="FigureKey", field="flow", value=larger
            )
        return cls(Measure.EXCEED, flow)

    @classmethod
    def share(cls, partner: str, *, of: TradeFlow | str = TradeFlow.TURNOVER) -> FigureKey:
        """A partner's (or partner group's) share of a flow ("15.6%")."""
        return cls(Measure.SHARE, _total(of), _subject(partner, "partner"))

    @classmethod
    def partner(cls, partner: str, *, of: TradeFlow | str = TradeFlow.TURNOVER) -> FigureKey:
        """The amount of a flow traded with a partner."""
        return cls(Measure.PARTNER, _total(of), _subject(partner, "partner"))

    @classmethod
    def group_share(cls, group: str, *, of: TradeFlow | str = TradeFlow.TURNOVER) -> FigureKey:
        """A partner group's share of a flow ("the CIS: 20.4% of exports").

        The groups given shares of one flow must not overlap (the CIS and the far
        abroad; not the CIS and the EAEU): the audit checks that they add up to at
        most 100%.
        """
        return cls(Measure.GROUP_SHARE, _total(of), _subject(group, "group"))

    @classmethod
    def group_value(cls, group: str, *, of: TradeFlow | str = TradeFlow.TURNOVER) -> FigureKey:
        """The amount of a flow traded with a partner group ("exports to the CIS: 312.5").

        The audit checks it against the group's share and the flow, and the values of
        groups that make up the whole (the CIS and the far abroad) against the flow.
        """
        return cls(Measure.GROUP_VALUE, _total(of), _subject(group, "group"))

    @classmethod
    def goods_share(cls, group: str, *, of: TradeFlow | str = TradeFlow.TURNOVER) -> FigureKey:
        """A goods group's share of a flow ("machinery: 35% of exports").

        The goods groups given shares of one flow must not overlap (no group "including"
        another): the audit checks that they add up to at most 100%.
        """
        return cls(Measure.GOODS_SHARE, _total(of), _subject(group, "group"))

    @classmethod
    def partner_count(cls) -> FigureKey:
        """The number of partner countries."""
        return cls(Measure.PARTNER_COUNT, TradeFlow.TURNOVER)

    @classmethod
    def rank(cls, flow: TradeFlow | str, *, level: str | None = None) -> FigureKey:
        """The reporter's place by *flow* among its group (or among *level*)."""
        return cls(
            Measure.RANK, _total(flow), None, None if level is None else _subject(level, "level")
        )

    @classmethod
    def rank_value(
        cls, flow: TradeFlow | str, member: str, *, level: str | None = None
    ) -> FigureKey:
        """A member's amount of *flow* in the ranking (of *level*)."""
        return cls(
            Measure.RANK_VALUE,
            _total(flow),
            _subject(member, "member"),
            None if level is None else _subject(level, "level"),
        )

    @classmethod
    def coerce(cls, value: object) -> FigureKey:
        """*value* as a key: a key as it is, a figure name read by :meth:`parse`.

        Raises:
            ValidationError: *value* is neither.
        """
        if isinstance(value, FigureKey):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        raise _unknown(value)

    @classmethod
    def parse(cls, name: str) -> FigureKey:
        """Read a figure name ("turnover", "exports_growth", "share:exports:CN", ...).

        Raises:
            ValidationError: *name* is not a figure the audit knows.

        >>> FigureKey.parse("partner_count").measure
        <Measure.PARTNER_COUNT: 'partner_count'>
        >>> FigureKey.parse("turnover_ratio")
        Traceback (most recent call last):
        ...
        regionrel.errors.ValidationError: TradeReport: 'figures' is not a figure the audit knows (got 'turnover_ratio')
        """
        if not isinstance(name, str):
            raise _unknown(name)
        return _parsed(name)

    @classmethod
    def _read(cls, name: str) -> FigureKey:
        """:meth:`parse` without its cache."""
        match = _NAME.fullmatch(name)
        if match is None:
            raise _unknown(name)
        g = match.groupdict()
        if g["flow"]:
            measure = Measure.PREVIOUS if g["when"] else Measure.AMOUNT
            return cls(measure, TradeFlow(g["flow"]))
        if g["gflow"]:
            return cls(_CHANGES[g["change"]], TradeFlow(g["gflow"]))
        if g["cflow"]:
            return cls(Measure.CHANGE, TradeFlow(g["cflow"]))
        if g["sflow"]:
            return cls(Measure.FLOW_SHARE, TradeFlow(g["sflow"]))
        if g["larger"]:
            if g["larger"] == g["smaller"]:
                raise _unknown(name)
            return cls(Measure.EXCEED, TradeFlow(g["larger"]))
        if g["count"]:
            return cls.partner_count()
        if g["kind"]:
            measure = {v: k for k, v in _PREFIXES.items()}[g["kind"]]
            return cls(measure, TradeFlow(g["base"] or "turnover"), g["partner"])
        flow = TradeFlow(g["rflow"])
        if g["member"]:
            return cls(Measure.RANK_VALUE, flow, g["member"], g["level"])
        return cls(Measure.RANK, flow, None, g["level"])

    # What the audit reads from a key --------------------------------------------------

    @property
    def name(self) -> str:
        """The canonical figure name (``str(key)``)."""
        return str(self)

    def _text(self) -> tuple[str, str, str]:
        """The name, quantity and label, each worked out once per key."""
        texts = self._texts
        if texts is None:
            texts = (self._name(), self._quantity(), self._label())
            object.__setattr__(self, "_texts", texts)
        return texts

    @property
    def quantity(self) -> str:
        """The name of the audit's quantity the figure pins (internal to the audit).

        A growth and an index of one flow pin the same ratio; so do two statements of
        one figure.

        >>> FigureKey.index("imports").quantity
        'imports_ratio'
        """
        return self._text()[1]

    def _quantity(self) -> str:
        return _QUANTITIES.get(self.measure, _NAMES[self.measure]).format(**self._words())

    @property
    def label(self) -> str:
        """The figure in words, for messages ("exports growth", "CN's share of exports")."""
        return self._text()[2]

    def _label(self) -> str:
        return _LABELS[self.measure].format(**self._words())

    def __str__(self) -> str:
        return self._text()[0]

    def _name(self) -> str:
        return _NAMES[self.measure].format(**self._words())

    def _words(self) -> dict[str, str]:
        """What the name, quantity and label of the key are written from."""
        flow = self.flow.value
        measure = self.measure
        return {
            "flow": flow,
            "other": "imports" if self.flow is TradeFlow.EXPORTS else "exports",
            "subject": str(self.subject),
            "prefix": _PREFIXES.get(measure, ""),
            "base": "" if self.flow is TradeFlow.TURNOVER else f"{flow}:",
            "at": f"@{self.level}" if self.level else "",
            "among": f" among {self.level}" if self.level else "",
        }

    def __repr__(self) -> str:
        return f"FigureKey.parse({str(self)!r})"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FigureKey):
            return NotImplemented
        return str(self) < str(other)


@functools.lru_cache(maxsize=1024)
def _parsed(name: str) -> FigureKey:
    """The key figure *name* names: a report reads the same few names over and over.

    Keys are immutable (their texts are filled once, the same in every thread), so one
    key may serve every report that names it.
    """
    return FigureKey._read(name)


def _total(flow: TradeFlow | str) -> TradeFlow:
    """*flow* as one of turnover, exports and imports (a balance has no growth or shares)."""
    value = TradeFlow.coerce(flow, cls="FigureKey")
    if value not in _TOTALS:
        raise ValidationError(
            "must be turnover, exports or imports", cls="FigureKey", field="flow", value=flow
        )
    return value


def _subject(value: object, field: str) -> str:
    """A partner, group, member or level name: text without ':' or '@', not blank."""
    if not isinstance(value, str) or not value.strip() or ":" in value or "@" in value:
        raise ValidationError(
            "must be a non-blank name without ':' or '@'",
            cls="FigureKey",
            field=field,
            value=value,
        )
    return value
