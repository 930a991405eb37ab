"""The questions a ministry asks of a region's relations, each one method.

:class:`RelationsQueries` is the part of :class:`~regionrel.profile.RegionRelations`
that answers them: which agreements expire, or whose notice deadline falls, within so
many months; whose renewal can no longer be stopped; which measures of all plans are
overdue; which partners have an agreement and no trade on record, or trade and no
agreement; which plans outlive their agreement. Each answer is read from the data as it
stands; where the data cannot tell (no signing date, say), an agreement is not listed
as lacking anything.

The examples of the methods share :func:`_example`'s relations: an agreement with the
Kursk Region signed on 12.05.2016 for five years that renews itself for five more unless
a party gives six months' notice, an action plan for 2018-2022 with one measure due in
2019, and trade in 2020 with the Kursk Region and with Kazakhstan.

>>> from regionrel.profile import RegionRelations

>>> relations = _example(RegionRelations)
>>> [a.title for a in relations.notice_deadlines_within("01.10.2025", 3)]
['Agreement with Kursk']
"""

from __future__ import annotations

from datetime import date
from typing import Any

from regionrel._validators import as_date
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.facts import in_force_in, same_partner
from regionrel.periods import Period
from regionrel.regions import Region
from regionrel.relations import ActionPlan, Agreement, Event, Measure
from regionrel.relations.terms import add_span
from regionrel.trade import WORLD, TradeBalance

__all__ = ["RelationsQueries"]


def _example(relations_class: Any) -> Any:
    """The relations the examples ask about (see the module's docstring), built by
    *relations_class* (:class:`~regionrel.profile.RegionRelations`, which this module
    cannot import: the profile is built on it)."""
    from regionrel import gazetteer
    from regionrel.money import Money
    from regionrel.relations import Executor

    lo = gazetteer.get("RU-LEN")
    gov = gazetteer.governing_body("Government of the Leningrad Region")
    kursk = Agreement.between(
        "Agreement with Kursk",
        gov,
        "Administration of the Kursk Region",
        signed_on="12.05.2016",
        term="5 years",
        renewal="for successive 5-year periods unless a party gives 6 months' notice",
    )
    tour = Measure("1", "tourism", "Tour", (Executor("Committee", gov),), "2019")
    plan = ActionPlan(kursk, "2018-2022", (tour,), signed_on="01.03.2018")
    trade = [
        TradeBalance(
            exports=Money(5, "USD"),
            imports=Money(1, "USD"),
            reporter=lo,
            partner=gazetteer.get(code),
            period=Period.year(2020),
        )
        for code in ("RU-KRS", "KZ")
    ]
    return relations_class.of(lo, plan, trade)


def _months(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError(
            "must be an int number of months", cls="RegionRelations", field="months", value=value
        )
    if value < 0:
        raise ValidationError(
            "must not be negative", cls="RegionRelations", field="months", value=value
        )
    return value


def _window(on: date | str, months: object) -> Period:
    day = as_date(on, cls="RegionRelations", field="on")
    return Period(day, add_span(day, months=_months(months)))


class RelationsQueries:
    """The questions across a region's agreements, plans and trade, as methods.

    Mixed into :class:`~regionrel.profile.RegionRelations`; it reads the fields below.
    """

    __slots__ = ()

    region: Region
    agreements: tuple[Agreement, ...]
    plans: tuple[ActionPlan, ...]
    events: tuple[Event, ...]
    trade: tuple[TradeBalance, ...]

    def expiring_within(self, on: date | str, months: int) -> tuple[Agreement, ...]:
        """The agreements whose term, as known on *on*, ends within *months* of it: the
        last day of the current span (:meth:`Agreement.expires_on`) from *on* to *on*
        plus *months*, both included.

        An agreement that renews itself is listed when its current span ends in the
        window: it renews then unless stopped (see :meth:`notice_deadlines_within`). One
        whose dates are known only to the month or year is listed when every day its
        span's end may be lies in the window (:meth:`Agreement.expires_between`).

        Raises:
            WrongTypeError, ValidationError: *on* is not a date, *months* not an int
                of zero or more.

        >>> from regionrel.profile import RegionRelations

        >>> relations = _example(RegionRelations)
        >>> [a.title for a in relations.expiring_within("01.01.2026", 6)]
        ['Agreement with Kursk']
        >>> relations.expiring_within("01.01.2026", 4)
        ()
        """
        window = _window(on, months)
        return tuple(
            a
            for a in self.agreements
            if (ends := a.expires_between(window.start)) is not None
            and window.contains(Period(*ends))
        )

    def notice_deadlines_within(self, on: date | str, months: int) -> tuple[Agreement, ...]:
        """The agreements whose next notice deadline (the last day a party may still stop
        the renewal, :meth:`Agreement.notice_deadline`) falls within *months* of *on*
        (every day it may be, for dates known only to the month or year).

        Raises:
            WrongTypeError, ValidationError: as :meth:`expiring_within`.

        >>> from regionrel.profile import RegionRelations

        >>> relations = _example(RegionRelations)
        >>> [a.title for a in relations.notice_deadlines_within("01.10.2025", 3)]
        ['Agreement with Kursk']
        >>> relations.notice_deadlines_within("12.11.2025", 3)
        ()
        """
        window = _window(on, months)
        return tuple(
            a
            for a in self.agreements
            if (days := a.notice_deadline_between(window.start)) is not None
            and window.contains(Period(*days))
        )

    def renewals_locked_in(self, on: date | str) -> tuple[Agreement, ...]:
        """The agreements whose next renewal can certainly no longer be stopped on *on*
        (:meth:`Agreement.renewal_locked_in` is True): they renew themselves, run with no
        notice, termination or supersession recorded, and the notice deadline of their
        current span has passed. One whose dates leave it open is not listed.

        >>> from regionrel.profile import RegionRelations

        >>> relations = _example(RegionRelations)
        >>> [a.title for a in relations.renewals_locked_in("12.11.2025")]
        ['Agreement with Kursk']
        >>> relations.renewals_locked_in("11.11.2025")
        ()
        """
        day = as_date(on, cls="RegionRelations", field="on")
        return tuple(a for a in self.agreements if a.renewal_locked_in(day) is True)

    def overdue_measures(self, on: date | str) -> tuple[tuple[ActionPlan, Measure], ...]:
        """Every measure of every plan still open after its last day, as of *on*, with
        its plan: a measure due once, or an annual measure with a year's occurrence still
        open after that year's end (:meth:`overdue_occurrences` gives the years). A plan
        whose agreement has ended by *on* has none.

        >>> from regionrel.profile import RegionRelations

        >>> relations = _example(RegionRelations)
        >>> [(p.period.start.year, m.number) for p, m in relations.overdue_measures("01.01.2020")]
        [(2018, '1')]
        """
        day = as_date(on, cls="RegionRelations", field="on")
        found: list[tuple[ActionPlan, Measure]] = []
        for plan in self.plans:
            late = set(plan.overdue(day)) | {m for m, _ in plan.overdue_occurrences(day)}
            found.extend((plan, m) for m in plan.measures if m in late)
        return tuple(found)

    def overdue_occurrences(self, on: date | str) -> tuple[tuple[ActionPlan, Measure, int], ...]:
        """Each annual measure of every plan, with the year whose occurrence is still open
        after that year's end, as of *on* (none for a plan whose agreement has ended).

        >>> from regionrel.profile import RegionRelations

        >>> relations = _example(RegionRelations)
        >>> relations.overdue_occurrences("01.01.2020")
        ()
        """
        day = as_date(on, cls="RegionRelations", field="on")
        return tuple((p, m, year) for p in self.plans for m, year in p.overdue_occurrences(day))

    def _partners_traded(self, year: int) -> tuple[Region, ...]:
        period = Period.year(_year(year))
        found: dict[Region, None] = {}
        for balance in self.trade:
            partner: Any = balance.partner
            if (
                partner is not WORLD
                and isinstance(partner, Region)
                and balance.period == period
                and balance.turnover.amount > 0
            ):
                found.setdefault(partner, None)
        return tuple(found)

    def _counterparts(self, agreement: Agreement) -> tuple[Region, ...]:
        return tuple(p.region for p in agreement.parties if p.region != self.region)

    def partners_with_agreement_and_no_trade(self, year: int) -> tuple[Region, ...]:
        """The partners of agreements in force at some time in *year* with whom no trade
        is on record for that year (no balance with them, or one with nil turnover).

        >>> import attrs
        >>> from regionrel.profile import RegionRelations
        >>> relations = _example(RegionRelations)
        >>> [r.name for r in relations.partners_with_agreement_and_no_trade(2020)]
        []
        >>> [r.name for r in attrs.evolve(relations, trade=()).partners_with_agreement_and_no_trade(2020)]
        ['Kursk Region']
        """
        traded = self._partners_traded(year)
        found: dict[Region, None] = {}
        for agreement in self.agreements:
            if in_force_in(agreement, _year(year)):
                for partner in self._counterparts(agreement):
                    if not any(same_partner(partner, t) for t in traded):
                        found.setdefault(partner, None)
        return tuple(found)

    def partners_with_trade_and_no_agreement(self, year: int) -> tuple[Region, ...]:
        """The partners traded with in *year* (a balance with them for that year, turnover
        above nil) with whom no agreement is on record that was, or may have been (its
        dates not telling), in force at some time that year.

        >>> from regionrel.profile import RegionRelations

        >>> relations = _example(RegionRelations)
        >>> [r.name for r in relations.partners_with_trade_and_no_agreement(2020)]
        ['Kazakhstan']
        """
        y = _year(year)
        covering = [
            r
            for a in self.agreements
            if in_force_in(a, y) is not False
            for r in self._counterparts(a)
        ]
        return tuple(
            p for p in self._partners_traded(y) if not any(same_partner(p, r) for r in covering)
        )

    def plans_outliving_agreement(self) -> tuple[ActionPlan, ...]:
        """The plans whose period runs past the last day their agreement is in force (as
        recorded and computed, past every day it may be when dates are known only to the
        month or year; an agreement that never ends is outlived by none).

        >>> import attrs
        >>> from regionrel.profile import RegionRelations
        >>> relations = _example(RegionRelations)
        >>> relations.plans_outliving_agreement()
        ()
        >>> kursk, (plan,) = relations.agreements[0], relations.plans
        >>> ended = kursk.notice_given("01.11.2020", by=kursk.parties[1])
        >>> later = attrs.evolve(relations, agreements=(ended,), plans=(attrs.evolve(plan, agreement=ended),))
        >>> [(str(p.period), p.agreement.ends_on) for p in later.plans_outliving_agreement()]
        [('2018-2022', datetime.date(2021, 5, 11))]
        """
        return tuple(
            p
            for p in self.plans
            if (ends := p.agreement.ends_between()) is not None and p.period.end > ends[1]
        )


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError(
            "must be an int year", cls="RegionRelations", field="year", value=value
        )
    return value
