"""Ranking the regions of a group by a trade flow, and claims such as "2nd in exports".

Regions are ranked largest first (the largest surplus comes first by balance).
Equal values share a rank. By default the ranking is *competition* ranking
("1224": after two regions tied at 2nd comes the 4th), as league tables and
statistical offices rank; *dense* ranking ("1223") is available by name.

>>> from regionrel.money import Money
>>> from regionrel.regions import Region
>>> a, b, c = (Region.of_country(n, alpha2=code) for n, code in [("A", "AA"), ("B", "BB"), ("C", "CC")])
>>> ranking = rank([TradeBalance(exports=Money(v, "USD"), imports=Money(1, "USD"), reporter=r)
...                 for r, v in [(a, 5), (b, 9), (c, 5)]], by="exports")
>>> [(str(e.region), e.rank) for e in ranking]
[('B', 1), ('A', 2), ('C', 2)]
>>> RankClaim(a, 2, by="exports").check(ranking).holds
True
"""

from __future__ import annotations

import datetime
import enum
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from regionrel._validators import checked_by_annotation, optional_instance_of
from regionrel.display import NotebookDisplay
from regionrel.errors import (
    CurrencyMismatchError,
    IncompleteRankingWarning,  # defined with every error, re-exported here
    ValidationError,
    WrongTypeError,
)
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.regions import Region, RegionGroup
from regionrel.tables import Tabular
from regionrel.trade.balance import TradeBalance
from regionrel.trade.flows import TradeFlow

__all__ = [
    "ClaimCheck",
    "IncompleteRankingWarning",
    "RankClaim",
    "RankMethod",
    "RankedEntry",
    "Ranking",
    "rank",
    "rank_values",
]

_ORDINAL: Final = re.compile(
    r"(?:the\s+)?(?<!\d)(\d{1,6})(?!\d)\s*(?:st|nd|rd|th|-?й|-?е)?\s*(?:place|position)?\s+in\s+(exports?|imports?|turnover|(?:trade\s+)?balance)\b",
    re.IGNORECASE,
)
#: The flow each word that _ORDINAL reads names ("trade balance" by its last word).
_FLOW_WORDS: Final = {
    "export": TradeFlow.EXPORTS,
    "exports": TradeFlow.EXPORTS,
    "import": TradeFlow.IMPORTS,
    "imports": TradeFlow.IMPORTS,
    "turnover": TradeFlow.TURNOVER,
    "balance": TradeFlow.BALANCE,
}


class RankMethod(enum.StrEnum):
    """How equal values are ranked.

    >>> [m.value for m in RankMethod]
    ['competition', 'dense']
    """

    #: Standard competition ranking, "1224": ties share the best rank, and ranks are skipped after.
    COMPETITION = "competition"
    #: Dense ranking, "1223": ties share a rank, and the next value gets the next rank.
    DENSE = "dense"


@attrs.frozen(field_transformer=checked_by_annotation)
class RankedEntry:
    """One region's place in a ranking."""

    #: The region.
    region: Region
    #: The value it was ranked by.
    value: Money
    #: Its rank, 1 for the largest value.
    rank: int


@attrs.frozen
class Ranking(NotebookDisplay, Tabular):
    """Regions ranked by a flow, largest first; iterate for :class:`RankedEntry` values."""

    #: The flow ranked by.
    by: TradeFlow
    #: The entries, best first (ties in the order given).
    entries: tuple[RankedEntry, ...]
    #: How ties were ranked.
    method: RankMethod = RankMethod.COMPETITION
    #: The group ranked, when known.
    group: RegionGroup | None = None
    #: The period of the values, when known.
    period: Period | None = None
    _by_region: dict[Region, RankedEntry] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.by, TradeFlow):
            raise WrongTypeError("must be a TradeFlow", cls="Ranking", field="by", value=self.by)
        if not isinstance(self.entries, tuple) or not all(
            isinstance(e, RankedEntry) for e in self.entries
        ):
            raise WrongTypeError(
                "must be a tuple of RankedEntry (build a Ranking with rank())",
                cls="Ranking",
                field="entries",
                value=self.entries,
            )
        object.__setattr__(self, "_by_region", {e.region: e for e in self.entries})

    def __iter__(self) -> Iterator[RankedEntry]:
        return iter(self.entries)

    _columns = ("rank", "region", "value", "currency")

    def __str__(self) -> str:
        """A heading naming the flow, group and period, then one line per region."""
        head = f"Ranking by {self.by.value}"
        if self.group is not None:
            head += f" in the {self.group.name}"
        if self.period is not None:
            head += f", {self.period}"
        lines = [head]
        lines.extend(
            f"  {e.rank}. {e.region.name}: {e.value.format(scale='auto')}" for e in self.entries
        )
        return "\n".join(lines)

    def to_records(self) -> list[dict[str, object]]:
        """One row per region, best first: ``rank``, ``region`` (its name), ``value``, ``currency``."""
        return [
            {
                "rank": e.rank,
                "region": e.region.name,
                "value": e.value.amount,
                "currency": e.value.currency,
            }
            for e in self.entries
        ]

    def __len__(self) -> int:
        return len(self.entries)

    def entry_of(self, region: Region) -> RankedEntry:
        """Return *region*'s entry.

        Raises:
            ValidationError: the region is not in the ranking.
        """
        try:
            return self._by_region[region]
        except (KeyError, TypeError):
            raise ValidationError(
                "is not in the ranking", cls="Ranking", field="region", value=region
            ) from None

    def rank_of(self, region: Region) -> int:
        """Return *region*'s rank (1 for the largest value)."""
        return self.entry_of(region).rank

    def at(self, rank: int) -> tuple[Region, ...]:
        """Return the regions at *rank* (several when tied, none when the rank was skipped)."""
        return tuple(e.region for e in self.entries if e.rank == rank)


def _rank_entries(
    items: list[tuple[Region, Money]], method: RankMethod
) -> tuple[RankedEntry, ...]:
    order = sorted(range(len(items)), key=lambda i: items[i][1].amount, reverse=True)
    entries: list[RankedEntry] = []
    previous: Decimal | None = None
    current = 0
    for position, i in enumerate(order, start=1):
        region, value = items[i]
        if value.amount != previous:
            current = position if method is RankMethod.COMPETITION else current + 1
            previous = value.amount
        entries.append(RankedEntry(region, value, current))
    return tuple(entries)


def _method(value: object, where: str) -> RankMethod:
    if isinstance(value, RankMethod):
        return value
    try:
        if not isinstance(value, str):
            raise ValueError  # never the str() of another object (it may raise, or lie)
        return RankMethod(str.__str__(value).strip().lower())
    except ValueError:
        raise ValidationError(
            "must be 'competition' or 'dense'", cls=where, field="method", value=value
        ) from None


def rank_values(
    values: Mapping[Region, Money],
    *,
    by: TradeFlow | str,
    method: RankMethod | str = RankMethod.COMPETITION,
    group: RegionGroup | None = None,
    period: Period | None = None,
) -> Ranking:
    """Rank regions by values already picked (one Money per region, one currency).

    Raises:
        WrongTypeError: a key is not a Region or a value not Money.
        CurrencyMismatchError: values in two currencies.

    >>> from regionrel.regions import Region
    >>> x, y = Region.of_country("X", alpha2="XX"), Region.of_country("Y", alpha2="YY")
    >>> rank_values({x: Money(1, "USD"), y: Money(2, "USD")}, by="imports").rank_of(x)
    2
    """
    if not isinstance(values, Mapping):
        raise WrongTypeError(
            "must be a mapping of Region to Money", cls="rank_values", field="values", value=values
        )
    chosen = _method(method, "rank_values")
    flow = TradeFlow.coerce(by, cls="rank_values")
    items: list[tuple[Region, Money]] = []
    currency: str | None = None
    for region, value in values.items():
        if not isinstance(region, Region):
            raise WrongTypeError(
                "must be keyed by Region", cls="rank_values", field="values", value=region
            )
        if not isinstance(value, Money):
            raise WrongTypeError(
                "must be a Money", cls="rank_values", field=f"values[{region.name}]", value=value
            )
        if currency is None:
            currency = value.currency
        elif value.currency != currency:
            raise CurrencyMismatchError(currency, value.currency, operation="<", cls="rank_values")
        items.append((region, value))
    return Ranking(flow, _rank_entries(items, chosen), chosen, group, period)


def rank(
    balances: Iterable[TradeBalance],
    *,
    by: TradeFlow | str,
    group: RegionGroup | None = None,
    on: datetime.date | None = None,
    method: RankMethod | str = RankMethod.COMPETITION,
) -> Ranking:
    """Rank the reporters of *balances* by the flow *by*, largest first.

    Args:
        balances: one balance per reporter, all for the same partner and period,
            in one currency; each must have a reporter.
        by: exports, imports, turnover or balance.
        group: the group whose members are ranked (e.g. a federal district). Every
            reporter must be a member on the date of membership; a member without a
            balance is left out with an :class:`IncompleteRankingWarning`.
        on: the date of membership; by default the last day of the balances' period
            (membership "as of the period").
        method: ``"competition"`` (the default, "1224") or ``"dense"`` ("1223").

    Raises:
        WrongTypeError: an item is not a TradeBalance.
        ValidationError: a balance without reporter, a reporter twice, balances for
            different partners or periods, a reporter that is not a member of *group*,
            or a group given without any date to read its membership on.
        CurrencyMismatchError: balances in two currencies.
    """
    chosen = _method(method, "rank")
    flow = TradeFlow.coerce(by, cls="rank")
    items: list[tuple[Region, Money]] = []
    seen: set[Region] = set()
    first: TradeBalance | None = None
    if isinstance(balances, str | bytes | TradeBalance) or not isinstance(balances, Iterable):
        raise WrongTypeError(
            "must be an iterable of TradeBalance values",
            cls="rank",
            field="balances",
            value=balances,
        )
    for balance in balances:
        if not isinstance(balance, TradeBalance):
            raise WrongTypeError(
                "must hold TradeBalance values", cls="rank", field="balances", value=balance
            )
        reporter = balance.reporter
        if not isinstance(reporter, Region):
            raise ValidationError(
                "must each have a reporter Region", cls="rank", field="balances", value=balance
            )
        if first is None:
            first = balance
        else:
            _same(first, balance)
        if reporter in seen:
            raise ValidationError(
                "must not hold a reporter twice", cls="rank", field="balances", value=reporter.name
            )
        seen.add(reporter)
        items.append((reporter, balance.value(flow)))
    period = first.period if first is not None else None
    if group is not None:
        if not isinstance(group, RegionGroup):
            raise WrongTypeError(
                "must be a RegionGroup or None", cls="rank", field="group", value=group
            )
        day = on if on is not None else (period.end if period is not None else None)
        if day is None:
            raise ValidationError(
                "is needed: the balances have no period to read the group's membership on",
                cls="rank",
                field="on",
            )
        members = set(group.members(on=day))
        for region, _ in items:
            if region not in members:
                raise ValidationError(
                    f"must be a member of {group.name} on {day.isoformat()}",
                    cls="rank",
                    field="reporter",
                    value=region,
                )
        missing = [m.name for m in group.members(on=day) if m not in seen]
        if missing:
            warnings.warn(
                IncompleteRankingWarning(
                    f"rank: {len(missing)} member(s) of {group.name} have no balance and are left out: "
                    + ", ".join(missing)
                ),
                stacklevel=2,
            )
    return Ranking(flow, _rank_entries(items, chosen), chosen, group, period)


def _same(first: TradeBalance, other: TradeBalance) -> None:
    if other.currency != first.currency:
        raise CurrencyMismatchError(first.currency, other.currency, operation="<", cls="rank")
    if other.partner != first.partner:
        raise ValidationError(
            f"must all have the partner {first.partner!r}",
            cls="rank",
            field="balances",
            value=other.partner,
        )
    if other.period != first.period:
        raise ValidationError(
            f"must all cover the period {first.period}",
            cls="rank",
            field="balances",
            value=str(other.period),
        )


@attrs.frozen(field_transformer=checked_by_annotation)
class ClaimCheck:
    """The outcome of checking a :class:`RankClaim`; true in a boolean context when it holds."""

    #: The claim checked.
    claim: RankClaim
    #: The region's rank in the ranking.
    actual: int
    #: The ranking it was checked against.
    ranking: Ranking

    @property
    def holds(self) -> bool:
        """Whether the claimed rank is the actual one."""
        return self.actual == self.claim.rank

    @property
    def tied_with(self) -> tuple[Region, ...]:
        """The other regions that share the region's rank."""
        return tuple(r for r in self.ranking.at(self.actual) if r != self.claim.region)

    def __bool__(self) -> bool:
        return self.holds


def _positive_rank(instance: object, attribute: object, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int", cls="RankClaim", field="rank", value=value)
    if value < 1:
        raise ValidationError("must be 1 or more", cls="RankClaim", field="rank", value=value)


def _check_region(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, Region):
        raise WrongTypeError("must be a Region", cls="RankClaim", field="region", value=value)


def _to_flow(value: object) -> TradeFlow:
    return TradeFlow.coerce(value, cls="RankClaim")


@attrs.frozen
class RankClaim:
    """A stated rank: "the Leningrad Region took the 2nd place in exports".

    Check it against balances (or a ranking) with :meth:`check`.

    Args:
        region: the region the claim is about.
        rank: the rank stated, 1 or more.
        by: the flow (``"exports"``, ``TradeFlow.IMPORTS``, ...).
        group: the group in which the rank holds, if stated.
    """

    #: The region the claim is about.
    region: Region = attrs.field(validator=_check_region)
    #: The rank stated.
    rank: int = attrs.field(validator=_positive_rank)
    #: The flow ranked by.
    by: TradeFlow = attrs.field(kw_only=True, converter=_to_flow)
    #: The group ranked, if stated.
    group: RegionGroup | None = attrs.field(
        default=None, kw_only=True, validator=optional_instance_of(RegionGroup)
    )

    @classmethod
    def parse_all(
        cls, text: str, *, region: Region, group: RegionGroup | None = None
    ) -> tuple[RankClaim, ...]:
        """Read every "Nth (place) in <flow>" of *text* as a claim about *region*.

        Raises:
            ValidationError: the text holds no such phrase.

        >>> from regionrel.regions import Region
        >>> len_ = Region.of_subdivision("Leningrad Region", country="RU")
        >>> [(c.rank, c.by.value) for c in RankClaim.parse_all(
        ...     "took the 2nd place in exports and the 3rd place in imports", region=len_)]
        [(2, 'exports'), (3, 'imports')]
        """
        if not isinstance(text, str):
            raise WrongTypeError(
                "must be a str", cls="RankClaim.parse_all", field="text", value=text
            )
        claims = []
        for match in _ORDINAL.finditer(text):
            flow = _FLOW_WORDS[match.group(2).lower().split()[-1]]
            claims.append(cls(region, int(match.group(1)), by=flow, group=group))
        if not claims:
            raise ValidationError(
                "must hold a phrase such as '2nd place in exports'",
                cls="RankClaim.parse_all",
                field="text",
                value=text,
            )
        return tuple(claims)

    def check(
        self,
        against: Ranking | Iterable[TradeBalance],
        *,
        method: RankMethod | str = RankMethod.COMPETITION,
    ) -> ClaimCheck:
        """Check the claim against a ranking, or against balances ranked in the claim's group.

        Raises:
            ValidationError: the ranking is by another flow, or the region is not in it.
        """
        if isinstance(against, Ranking):
            ranking = against
            if ranking.by is not self.by:
                raise ValidationError(
                    f"must rank by {self.by.value}",
                    cls="RankClaim.check",
                    field="against",
                    value=ranking.by.value,
                )
        else:
            ranking = rank(against, by=self.by, group=self.group, method=method)
        return ClaimCheck(self, ranking.rank_of(self.region), ranking)
