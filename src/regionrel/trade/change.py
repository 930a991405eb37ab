"""The change between two trade balances: growth, indices, contributions to growth.

>>> from regionrel.money import Money
>>> from regionrel.trade.balance import TradeBalance
>>> before = TradeBalance(exports=Money("5655.5", "USD"), imports=Money("3585.3", "USD"))
>>> after = TradeBalance(exports=Money("7109", "USD"), imports=Money("4115.9", "USD"))
>>> change = TradeChange(previous=before, current=after)
>>> round(change.export_growth, 3), round(change.import_growth, 3), round(change.turnover_growth, 3)
(0.257, 0.148, 0.215)
>>> round(change.export_contribution + change.import_contribution, 12) == round(change.turnover_growth, 12)
True
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

from regionrel._exact import EXACT, fixed_context
from regionrel.errors import CurrencyMismatchError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.trade.flows import BalanceBase, TradeFlow
from regionrel.trade.indicators import ratio

if TYPE_CHECKING:
    # For annotations only: trade.balance builds on this module (TradeBalance.change_from).
    from regionrel.trade.balance import TradeBalance

__all__ = ["TradeChange"]

#: Quotients are taken to more digits than a float holds, then rounded once to a float.
_QUOTIENT: Final = fixed_context(40, ROUND_HALF_EVEN)


def _quotient(numerator: Decimal, denominator: Decimal) -> float:
    """Divide two exact amounts and round once to a float (``inf``/``nan`` over zero)."""
    if denominator == 0:
        return ratio(float(numerator), 0.0)
    return float(_QUOTIENT.divide(numerator, denominator))


def _check_balance(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, BalanceBase):  # TradeBalance is its only subclass
        raise WrongTypeError(
            "must be a TradeBalance", cls="TradeChange", field=attribute.name, value=value
        )


@attrs.frozen
class TradeChange:
    """The change of a reporter's trade with one partner from one balance to the next.

    Growth rates are fractions (0.257 for +25.7 %); indices are current / previous x 100;
    a flow's contribution to turnover growth is its change over the previous turnover,
    so the two contributions add up to the turnover's growth; a flow's share of the
    change is its change over the change of turnover. A ratio whose denominator is
    zero is ``inf`` or ``nan`` (see :mod:`regionrel.trade.indicators`).

    Args:
        previous: the earlier balance.
        current: the later balance, of the same reporter and partner, in the same currency.

    Raises:
        WrongTypeError: either is not a TradeBalance.
        ValidationError: reporters or partners differ, or *current*'s period does not
            start after *previous*'s ends.
        CurrencyMismatchError: the balances are in two currencies.
    """

    #: The earlier balance.
    previous: TradeBalance = attrs.field(validator=_check_balance, kw_only=True)
    #: The later balance.
    current: TradeBalance = attrs.field(validator=_check_balance, kw_only=True)

    def __attrs_post_init__(self) -> None:
        prev, cur = self.previous, self.current
        if cur.reporter != prev.reporter:
            raise ValidationError(
                f"must have the reporter of 'previous' ({prev.reporter!r})",
                cls="TradeChange",
                field="current",
                value=cur.reporter,
            )
        if cur.partner != prev.partner:
            raise ValidationError(
                f"must have the partner of 'previous' ({prev.partner!r})",
                cls="TradeChange",
                field="current",
                value=cur.partner,
            )
        if cur.currency != prev.currency:
            raise CurrencyMismatchError(
                prev.currency, cur.currency, operation="-", cls="TradeChange"
            )
        if (
            prev.period is not None
            and cur.period is not None
            and cur.period.start <= prev.period.end
        ):
            raise ValidationError(
                f"must start after the period of 'previous' ({prev.period}) ends",
                cls="TradeChange",
                field="current",
                value=str(cur.period),
            )

    def change(self, flow: TradeFlow | str) -> Money:
        """Return the absolute change of *flow* (current minus previous).

        >>> from regionrel.trade.balance import TradeBalance
        >>> c = TradeChange(previous=TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD")),
        ...                 current=TradeBalance(exports=Money(3, "USD"), imports=Money(0, "USD")))
        >>> c.change("exports"), c.change("balance")
        (Money('2', 'USD'), Money('3', 'USD'))
        """
        chosen = TradeFlow.coerce(flow, cls="TradeChange.change")
        return Money(
            EXACT.subtract(self.current.value(chosen).amount, self.previous.value(chosen).amount),
            self.current.currency,
        )

    def growth(self, flow: TradeFlow | str) -> float:
        """Return the growth rate of *flow*, current / previous - 1.

        The balance has no growth rate (its sign may change): ask for :meth:`change`.

        Raises:
            ValidationError: *flow* is the balance.
        """
        chosen = self._ratio_flow(flow, "growth")
        return _quotient(self.change(chosen).amount, self.previous.value(chosen).amount)

    def index(self, flow: TradeFlow | str) -> float:
        """Return the index of *flow*, current / previous x 100 (the previous period = 100)."""
        chosen = self._ratio_flow(flow, "index")
        return (
            _quotient(self.current.value(chosen).amount, self.previous.value(chosen).amount) * 100
        )

    def contribution(self, flow: TradeFlow | str) -> float:
        """Return the contribution of exports or imports to turnover growth: its change / previous turnover.

        Raises:
            ValidationError: *flow* is not exports or imports.
        """
        chosen = self._component(flow, "contribution")
        return _quotient(self.change(chosen).amount, self.previous.turnover.amount)

    def share_of_change(self, flow: TradeFlow | str) -> float:
        """Return the share of exports or imports in the change of turnover: its change / turnover's change.

        The two shares add up to 1; ``nan`` or ``inf`` when turnover did not change.
        """
        chosen = self._component(flow, "share_of_change")
        return _quotient(self.change(chosen).amount, self.change(TradeFlow.TURNOVER).amount)

    @property
    def export_growth(self) -> float:
        """The growth rate of exports."""
        return self.growth(TradeFlow.EXPORTS)

    @property
    def import_growth(self) -> float:
        """The growth rate of imports."""
        return self.growth(TradeFlow.IMPORTS)

    @property
    def turnover_growth(self) -> float:
        """The growth rate of turnover; the sum of the two contributions."""
        return self.growth(TradeFlow.TURNOVER)

    @property
    def balance_change(self) -> Money:
        """The change of the balance (current minus previous)."""
        return self.change(TradeFlow.BALANCE)

    @property
    def export_contribution(self) -> float:
        """The contribution of exports to turnover growth."""
        return self.contribution(TradeFlow.EXPORTS)

    @property
    def import_contribution(self) -> float:
        """The contribution of imports to turnover growth."""
        return self.contribution(TradeFlow.IMPORTS)

    @staticmethod
    def _ratio_flow(flow: TradeFlow | str, method: str) -> TradeFlow:
        chosen = TradeFlow.coerce(flow, cls=f"TradeChange.{method}")
        if chosen is TradeFlow.BALANCE:
            raise ValidationError(
                "must be exports, imports or turnover: a balance can change sign, use change('balance')",
                cls=f"TradeChange.{method}",
                field="flow",
                value=chosen.value,
            )
        return chosen

    @staticmethod
    def _component(flow: TradeFlow | str, method: str) -> TradeFlow:
        chosen = TradeFlow.coerce(flow, cls=f"TradeChange.{method}")
        if chosen not in (TradeFlow.EXPORTS, TradeFlow.IMPORTS):
            raise ValidationError(
                "must be exports or imports (the components of turnover)",
                cls=f"TradeChange.{method}",
                field="flow",
                value=chosen.value,
            )
        return chosen
