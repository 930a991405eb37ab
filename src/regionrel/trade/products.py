"""Product-level and partner-level indicators: RCA, trade intensity, Grubel-Lloyd, similarity.

The user supplies flows by product (or by partner) as mappings from a key (an
HS code, a product name, a partner) to a value: a number, or
:class:`~regionrel.money.Money` with every value in one currency. The formulas
are those of the World Bank's WITS "Online Trade Outcomes Indicators" user
manual and of UNCTADstat's definitions; each docstring cites its source, and
``docs/indicators.md`` lists them all.

>>> exports = {"27": 60, "84": 40}
>>> world = {"27": 300, "84": 700}
>>> {k: round(v, 3) for k, v in rca_by_product(exports, world).items()}
{'27': 2.0, '84': 0.571}
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias, TypeVar

from regionrel._validators import check_exponent
from regionrel.errors import CurrencyMismatchError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.trade.indicators import Number, ratio, to_float

__all__ = [
    "balassa_rca",
    "export_diversification",
    "export_similarity",
    "grubel_lloyd",
    "grubel_lloyd_aggregate",
    "grubel_lloyd_by_product",
    "rca_by_product",
    "trade_intensity",
]

K = TypeVar("K", bound=Hashable)
#: A flow: a number, or Money (every flow of one call in one currency).
Value: TypeAlias = Number | Money


def _amount(value: object, *, field: str, cls: str) -> tuple[float, str | None]:
    currency = getattr(value, "currency", None)
    amount = getattr(value, "amount", None)
    if isinstance(currency, str) and amount is not None:
        try:
            number = to_float(amount, field=field, cls=cls)
        except (ValidationError, WrongTypeError) as err:  # name the Money, not its amount
            raise type(err)(err.rule, cls=cls, field=field, value=value) from None
    else:
        number = to_float(value, field=field, cls=cls)
        currency = None
    held = getattr(value, "amount", value)
    if isinstance(held, Decimal):
        # exact() makes a Fraction of it: 1E-999999999999999999 would never finish
        check_exponent(held, cls=cls, field=field, value=value)
    if number < 0:
        raise ValidationError("must not be negative", cls=cls, field=field, value=value)
    return number, currency


def exact(value: object, number: float) -> Fraction:
    """The exact value of a flow already read (and checked) as *number*.

    Money, Decimal, int and Fraction values are exact rationals; anything else (a float,
    text) is taken as the float it was read as. A ratio of such values is then one
    division of two exact rationals, rounded once, whatever the units (minor units give
    the same bits as major units) and however the caller summed them.
    """
    amount = getattr(value, "amount", value)
    if isinstance(amount, Decimal | int | Fraction) and not isinstance(amount, bool):
        return Fraction(amount)
    return Fraction(number)


def _exact_flows(
    mapping: Mapping[K, object], *, field: str, cls: str
) -> tuple[dict[object, Fraction], str | None]:
    numbers, currency = _flows(mapping, field=field, cls=cls)
    return {k: exact(mapping[k], v) for k, v in numbers.items()}, currency  # type: ignore[index]


def _quotient(part: Fraction, whole: Fraction) -> float:
    """part / whole rounded once; inf or nan over zero, as :func:`ratio` says."""
    if whole == 0:
        return ratio(float(part), 0.0)
    try:
        return part.numerator * whole.denominator / (part.denominator * whole.numerator)
    except OverflowError:  # beyond the largest float (a subnormal world share): infinite
        return math.copysign(math.inf, part * whole)


def _flows(mapping: object, *, field: str, cls: str) -> tuple[dict[object, float], str | None]:
    if not isinstance(mapping, Mapping):
        raise WrongTypeError(
            "must be a mapping from product (or partner) to value",
            cls=cls,
            field=field,
            value=mapping,
        )
    result: dict[object, float] = {}
    currency: str | None = None
    first = True
    for key, value in mapping.items():
        number, cur = _amount(value, field=f"{field}[{key}]", cls=cls)
        if first:
            currency, first = cur, False
        elif cur != currency:
            raise CurrencyMismatchError(str(currency), str(cur), operation="+", cls=cls)
        result[key] = number
    return result, currency


def _same_currency(a: str | None, b: str | None, cls: str) -> None:
    if a is not None and b is not None and a != b:
        raise CurrencyMismatchError(a, b, operation="/", cls=cls)


def _four_amounts(
    values: tuple[Value, Value, Value, Value], fields: tuple[str, str, str, str], cls: str
) -> tuple[float, float, float, float]:
    """Read the four values of a ratio of ratios, all Money of one currency or plain numbers."""
    first: str | None = None
    amounts: list[float] = []
    for value, field in zip(values, fields, strict=True):
        amount, currency = _amount(value, field=field, cls=cls)
        if first is None:
            first = currency
        else:
            _same_currency(first, currency, cls)
        amounts.append(amount)
    x, total, w, world = amounts
    _part_of(x, total, fields[0], fields[1], cls)
    _part_of(w, world, fields[2], fields[3], cls)
    if w == 0:
        raise ValidationError("must be positive", cls=cls, field=fields[2], value=w)
    return x, total, w, world


def balassa_rca(
    exports_of_product: Value,
    total_exports: Value,
    world_exports_of_product: Value,
    world_total_exports: Value,
) -> float:
    """Return Balassa's revealed comparative advantage of one product.

    WITS: RCA = (x_ij / X_i) / (x_wj / X_w), where x_ij is the reporter's exports of
    product j, X_i its total exports, x_wj the world's exports of j and X_w the
    world's total exports. Above 1 the reporter has a revealed comparative advantage
    in the product.

    Raises:
        ValidationError: a negative value, a part larger than its total, or zero world totals.
        CurrencyMismatchError: Money values in more than one currency.

    >>> balassa_rca(60, 100, 300, 1000)
    2.0
    """
    values = (exports_of_product, total_exports, world_exports_of_product, world_total_exports)
    floats = _four_amounts(
        values,
        ("exports_of_product", "total_exports", "world_exports_of_product", "world_total_exports"),
        "balassa_rca",
    )
    x, total, w, world = (exact(v, f) for v, f in zip(values, floats, strict=True))
    return _quotient(x * world, total * w)


def _part_of(part: float, whole: float, part_name: str, whole_name: str, cls: str) -> None:
    if part > whole:
        raise ValidationError(
            f"must not exceed {whole_name!r} ({whole:g})", cls=cls, field=part_name, value=part
        )


def rca_by_product(exports: Mapping[K, object], world: Mapping[K, object]) -> dict[K, float]:
    """Return Balassa's RCA for every product of *exports*, with totals taken as the sums.

    Args:
        exports: the reporter's exports by product (numbers, or Money in one currency).
        world: the world's exports by product, covering every product of *exports*.

    Raises:
        ValidationError: a product missing from *world*, a negative value, zero totals.

    >>> rca_by_product({"a": 1, "b": 3}, {"a": 50, "b": 50})
    {'a': 0.5, 'b': 1.5}
    """
    cls = "rca_by_product"
    mine, cur_a = _exact_flows(exports, field="exports", cls=cls)
    theirs, cur_b = _exact_flows(world, field="world", cls=cls)
    _same_currency(cur_a, cur_b, cls)
    missing = [k for k in mine if theirs.get(k, 0) == 0]
    if missing:
        raise ValidationError(
            "must hold a positive world export value for every product exported",
            cls=cls,
            field="world",
            value=missing[0],
        )
    total, world_total = sum(mine.values(), Fraction(0)), sum(theirs.values(), Fraction(0))
    if total == 0:
        raise ValidationError(
            "must not all be zero", cls=cls, field="exports", value=dict(exports)
        )
    # (x / X) / (w / W) as one exact quotient, x W / (X w), rounded once
    return {k: _quotient(v * world_total, total * theirs[k]) for k, v in mine.items()}  # type: ignore[misc]


def trade_intensity(
    exports_to_partner: Value,
    total_exports: Value,
    world_exports_to_partner: Value,
    world_total_exports: Value,
) -> float:
    """Return the trade intensity index of a reporter's exports to a partner.

    WITS: T_ij = (x_ij / X_i) / (x_wj / X_w), where x_ij is i's exports to partner j,
    X_i i's total exports, x_wj the world's exports to j and X_w total world exports.
    Above 1, i exports more to j than j's weight in world trade would suggest.

    Raises:
        ValidationError: a negative value, a part larger than its total, or zero world totals.
        CurrencyMismatchError: Money values in more than one currency.

    >>> trade_intensity(20, 100, 50, 1000)
    4.0
    """
    x, total, w, world = _four_amounts(
        (exports_to_partner, total_exports, world_exports_to_partner, world_total_exports),
        ("exports_to_partner", "total_exports", "world_exports_to_partner", "world_total_exports"),
        "trade_intensity",
    )
    # Through ratio twice: w / world of a subnormal w underflows to 0.0 (inf, not a crash).
    return ratio(ratio(x, total), ratio(w, world))


def grubel_lloyd(exports: Value, imports: Value) -> float:
    """Return the Grubel-Lloyd index of intra-industry trade for one product.

    WITS: GL_k = 1 - |X_k - M_k| / (X_k + M_k): 1 when exports equal imports (all
    trade is intra-industry), 0 when the product is only exported or only imported.

    Returns:
        The index; ``nan`` when there is no trade in the product at all.

    >>> grubel_lloyd(30, 10), grubel_lloyd(5, 0)
    (0.5, 0.0)
    """
    x = exact(exports, _amount(exports, field="exports", cls="grubel_lloyd")[0])
    m = exact(imports, _amount(imports, field="imports", cls="grubel_lloyd")[0])
    return 1 - _quotient(abs(x - m), x + m)


def grubel_lloyd_by_product(
    exports: Mapping[K, object], imports: Mapping[K, object]
) -> dict[K, float]:
    """Return the Grubel-Lloyd index of every product traded either way.

    A product missing from one side counts as zero on that side.

    >>> grubel_lloyd_by_product({"a": 30, "b": 5}, {"a": 10})
    {'a': 0.5, 'b': 0.0}
    """
    x, m = _pair(exports, imports, "grubel_lloyd_by_product")
    zero = Fraction(0)
    return {
        k: 1 - _quotient(abs(x.get(k, zero) - m.get(k, zero)), x.get(k, zero) + m.get(k, zero))  # type: ignore[misc]
        for k in _keys(x, m)
    }


def grubel_lloyd_aggregate(exports: Mapping[K, object], imports: Mapping[K, object]) -> float:
    """Return the aggregate Grubel-Lloyd index over all products.

    WITS: GL = sum_k (X_k + M_k - |X_k - M_k|) / sum_k (X_k + M_k), the average of
    the products' indices weighted by their trade.

    >>> round(grubel_lloyd_aggregate({"a": 30, "b": 5}, {"a": 10}), 4)
    0.4444
    """
    cls = "grubel_lloyd_aggregate"
    x, m = _pair(exports, imports, cls)
    keys = _keys(x, m)
    zero = Fraction(0)
    trade = sum((x.get(k, zero) + m.get(k, zero) for k in keys), zero)
    gaps = sum((abs(x.get(k, zero) - m.get(k, zero)) for k in keys), zero)
    return 1 - _quotient(gaps, trade)


def _pair(
    a: Mapping[K, object], b: Mapping[K, object], cls: str
) -> tuple[dict[object, Fraction], dict[object, Fraction]]:
    x, cur_x = _exact_flows(a, field="exports", cls=cls)
    m, cur_m = _exact_flows(b, field="imports", cls=cls)
    _same_currency(cur_x, cur_m, cls)
    return x, m


def _keys(x: Mapping[object, object], m: Mapping[object, object]) -> list[object]:
    return list(dict.fromkeys([*x, *m]))


def _structure(values: dict[object, float], field: str, cls: str) -> dict[object, float]:
    total = math.fsum(values.values())
    if total == 0:
        raise ValidationError("must not all be zero", cls=cls, field=field, value=values)
    return {k: v / total for k, v in values.items()}


def export_similarity(a: Mapping[K, object], b: Mapping[K, object]) -> float:
    """Return the Finger-Kreinin export similarity index of two exporters' product mixes.

    Finger and Kreinin (1979), as WITS computes it: S = sum_k min(s_ak, s_bk), where
    s_ak is product k's share in exporter a's exports. 1 for identical structures, 0
    for exporters with no product in common. (WITS reports it times 100.)

    >>> export_similarity({"oil": 70, "wood": 30}, {"oil": 40, "cars": 60})
    0.4
    """
    cls = "export_similarity"
    x, cur_x = _flows(a, field="a", cls=cls)
    y, cur_y = _flows(b, field="b", cls=cls)
    _same_currency(cur_x, cur_y, cls)
    sa, sb = _structure(x, "a", cls), _structure(y, "b", cls)
    return math.fsum(min(s, sb.get(k, 0.0)) for k, s in sa.items())


def export_diversification(exports: Mapping[K, object], world: Mapping[K, object]) -> float:
    """Return UNCTAD's diversification index of a reporter's exports against the world's.

    UNCTADstat: D_j = sum_i |h_ij - h_i| / 2, where h_ij is product i's share in
    country j's exports and h_i its share in world exports. 0 when the structure
    matches the world's, towards 1 the more it differs; it equals
    1 - :func:`export_similarity` of the reporter and the world.

    >>> round(export_diversification({"oil": 70, "wood": 30}, {"oil": 40, "cars": 60}), 6)
    0.6
    """
    cls = "export_diversification"
    x, cur_x = _flows(exports, field="exports", cls=cls)
    w, cur_w = _flows(world, field="world", cls=cls)
    _same_currency(cur_x, cur_w, cls)
    sx, sw = _structure(x, "exports", cls), _structure(w, "world", cls)
    return math.fsum(abs(sx.get(k, 0.0) - sw.get(k, 0.0)) for k in _keys(sx, sw)) / 2
