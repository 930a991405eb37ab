"""The flows of a trade balance, and the base that lets the floor below a balance know one.

:class:`TradeFlow` names a flow (exports, imports, turnover, balance) by which
balances are ranked, grown and compared. :class:`BalanceBase` is the base class of
:class:`~regionrel.trade.balance.TradeBalance`: :mod:`regionrel.trade.change` checks
its fields against it, so that it need not import the module that builds on it.

>>> TradeFlow.coerce("Exports")
<TradeFlow.EXPORTS: 'exports'>
"""

from __future__ import annotations

import enum

from regionrel.errors import ValidationError

__all__ = ["BalanceBase", "TradeFlow"]


class TradeFlow(enum.StrEnum):
    """A flow of a trade balance, by which to rank, grow or compare.

    >>> TradeFlow("exports") is TradeFlow.EXPORTS
    True
    """

    EXPORTS = "exports"
    IMPORTS = "imports"
    TURNOVER = "turnover"
    BALANCE = "balance"

    @staticmethod
    def coerce(value: object, *, cls: str = "TradeFlow") -> TradeFlow:
        """Return *value* as a :class:`TradeFlow` (the enum or its value, any case).

        Args:
            value: a TradeFlow or its value.
            cls: the class or function that takes the flow, for the message.

        Raises:
            ValidationError: an unknown flow.

        >>> TradeFlow.coerce("Imports")
        <TradeFlow.IMPORTS: 'imports'>
        >>> TradeFlow.coerce("gdp", cls="rank")
        Traceback (most recent call last):
        ...
        regionrel.errors.ValidationError: rank: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')
        """
        if isinstance(value, TradeFlow):
            return value
        if isinstance(value, str):
            try:
                return TradeFlow(value.strip().lower())
            except ValueError:
                pass
        allowed = ", ".join(repr(f.value) for f in TradeFlow)
        raise ValidationError(f"must be one of {allowed}", cls=cls, field="flow", value=value)


class BalanceBase:
    """The base class of :class:`~regionrel.trade.balance.TradeBalance`, and of nothing else.

    It holds nothing (``__slots__ = ()``); :class:`~regionrel.trade.change.TradeChange`
    checks ``isinstance(value, BalanceBase)`` to refuse what is not a balance.

    >>> from regionrel.trade.change import TradeChange
    >>> TradeChange(previous="2018", current="2019")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: TradeChange: 'previous' must be a TradeBalance (got '2018')
    """

    __slots__ = ()
