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

    @classmethod
    def coerce(cls, value: object, *, where: str = "TradeFlow") -> TradeFlow:
        """Return *value* as a :class:`TradeFlow` (the enum or its value, any case).

        Raises:
            ValidationError: an unknown flow.

        >>> TradeFlow.coerce("Imports")
        <TradeFlow.IMPORTS: 'imports'>
        """
        if isinstance(value, TradeFlow):
            return value
        if isinstance(value, str):
            try:
                return cls(value.strip().lower())
            except ValueError:
                pass
        allowed = ", ".join(repr(f.value) for f in cls)
        raise ValidationError(f"must be one of {allowed}", cls=where, field="flow", value=value)


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
