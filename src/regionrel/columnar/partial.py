"""Partial sums of flows, and the associative combine of two partial sums.

A table of flows reduces to two small tables: per region, year and partner, and
per region, year and product, each with the exact sums of exports and imports.
Every indicator of :func:`~regionrel.columnar.compute` is computed from these two,
so a partition of the flows (a file, a Dask partition) is reduced on its own and
the reductions are combined in any order, with the same result to the bit.

>>> import polars as pl
>>> flows = pl.DataFrame({"region": ["RU-LEN"] * 3, "partner": ["CN", "CN", "FI"],
...                       "product": ["2709", "8703", "2709"], "year": [2018] * 3,
...                       "flow": ["exports", "imports", "exports"], "value": [700, 200, 100]})
>>> part = partial_sums(flows[:2], currency="USD")
>>> both = combine(part, partial_sums(flows[2:], currency="USD"))
>>> both.by_partner.sort("partner").rows()
[('RU-LEN', 2018, 'CN', 700, 200), ('RU-LEN', 2018, 'FI', 100, 0)]
>>> both.rows, both.total
(3, 1000)
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Final

import attrs

from regionrel.columnar._frames import FrameKind, column_names, frame_kind, to_lazy
from regionrel.errors import (
    CurrencyMismatchError,
    SumOverflowError,  # defined with every error, re-exported here
    ValidationError,
    WrongTypeError,
)
from regionrel.money import Money

if TYPE_CHECKING:
    import polars as pl

__all__ = ["FlowColumns", "PartialSums", "SumOverflowError", "combine", "partial_sums"]

#: Sums stay below this in int64; one at or past it would wrap.
INT64_LIMIT: Final = 2**63
#: Integers below this in magnitude are exact floats, so their float quotient is exact-rounded.
FLOAT_EXACT: Final = 2**53
_LIMB: Final = 2**32


def _name(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise WrongTypeError(
            "must be a column name (a str)", cls="FlowColumns", field=field, value=value
        )
    if not value:
        raise ValidationError("must not be empty", cls="FlowColumns", field=field, value=value)
    return value


@attrs.frozen
class FlowColumns:
    """Where a table of flows keeps each field, and how it labels the two flows.

    >>> FlowColumns(region="oblast", value="usd_cents").keys("partner")
    ['oblast', 'year', 'partner']
    >>> FlowColumns(region="year")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: FlowColumns: 'year' must name another column than 'region' does (got 'year')
    """

    #: The reporting region (any labels; codes or names the gazetteer reads, for ranks).
    region: str = "region"
    #: The partner (a country, a group, any label).
    partner: str = "partner"
    #: The product (an HS code, any label).
    product: str = "product"
    #: The year, an integer.
    year: str = "year"
    #: The flow: one of the two labels below in every row.
    flow: str = "flow"
    #: The value, an integer count of minor units (cents, kopecks), not negative.
    value: str = "value"
    #: The label of exports in the flow column.
    exports: str = "exports"
    #: The label of imports in the flow column.
    imports: str = "imports"

    def __attrs_post_init__(self) -> None:
        for attribute in attrs.fields(FlowColumns):
            _name(getattr(self, attribute.name), attribute.name)
        seen: dict[str, str] = {}
        for field in ("region", "partner", "product", "year", "flow", "value"):
            name = getattr(self, field)
            if name in seen:
                raise ValidationError(
                    f"must name another column than {seen[name]!r} does",
                    cls="FlowColumns",
                    field=field,
                    value=name,
                )
            seen[name] = field
        if self.exports == self.imports:
            raise ValidationError(
                "must differ from the label of exports",
                cls="FlowColumns",
                field="imports",
                value=self.imports,
            )

    @property
    def names(self) -> list[str]:
        """The six columns a table of flows must have."""
        return [self.region, self.partner, self.product, self.year, self.flow, self.value]

    def keys(self, detail: str) -> list[str]:
        """The key columns of the partial table by *detail* (``"partner"`` or ``"product"``)."""
        return [self.region, self.year, getattr(self, detail)]


@attrs.frozen(eq=False)
class PartialSums:
    """Exact sums of exports (``x``) and imports (``m``) of some flows, by partner and by product.

    Build one with :func:`partial_sums`, merge two with :func:`combine`, and turn one
    into the indicator tables with :func:`~regionrel.columnar.compute`.
    """

    #: The columns and labels the flows were read with.
    columns: FlowColumns
    #: The currency of the minor units, an ISO 4217 code.
    currency: str
    #: Region, year, partner, ``x`` and ``m`` (polars DataFrame).
    by_partner: pl.DataFrame
    #: Region, year, product, ``x`` and ``m`` (polars DataFrame).
    by_product: pl.DataFrame
    #: How many rows of flows were summed.
    rows: int
    #: The exact sum of every value summed: no sum of the tables exceeds it.
    total: int | float
    #: Whether the values were floats, summed inexactly at the caller's request.
    inexact: bool = False


def _check_currency(currency: object, cls: str) -> str:
    if not isinstance(currency, str):
        raise WrongTypeError(
            "must be an ISO 4217 code (a str)", cls=cls, field="currency", value=currency
        )
    return Money(0, currency).currency


def _value_type(dtype: Any, inexact: bool, columns: FlowColumns, cls: str) -> bool:
    """Whether the value column is float (allowed only when *inexact*); refuse other types."""
    import polars as pl

    if dtype.is_integer():
        return False
    if dtype.is_float():
        if inexact:
            return True
        raise WrongTypeError(
            "must hold integers (minor units of the currency); pass inexact=True to sum floats",
            cls=cls,
            field=columns.value,
            value=str(dtype),
        )
    if dtype == pl.Null:  # an empty or all-null column: nothing to sum
        return False
    raise WrongTypeError(
        "must hold integers (minor units of the currency)",
        cls=cls,
        field=columns.value,
        value=str(dtype),
    )


def partial_sums(
    flows: Any,
    *,
    currency: str,
    columns: FlowColumns | None = None,
    inexact: bool = False,
) -> PartialSums:
    """Reduce a table of flows (not a Dask frame) to its exact partial sums.

    Args:
        flows: a pandas or polars (eager or lazy) DataFrame, or a pyarrow Table.
        currency: the ISO 4217 code of the minor units in the value column.
        columns: the column names and flow labels; the defaults of :class:`FlowColumns`.
        inexact: allow a float value column (summed as floats: not reproducible).

    Raises:
        WrongTypeError: not a frame, a value column that is not integer.
        ValidationError: a missing column, a null in any column, a negative value,
            a flow label other than the two.
        SumOverflowError: the values add up to 2**63 minor units or more.
    """
    import polars as pl

    cls = "partial_sums"
    cols = FlowColumns() if columns is None else columns
    if not isinstance(cols, FlowColumns):
        raise WrongTypeError("must be a FlowColumns", cls=cls, field="columns", value=cols)
    code = _check_currency(currency, cls)
    kind = frame_kind(flows, cls=cls)
    if kind is FrameKind.DASK:
        raise WrongTypeError(
            "must not be a Dask frame: use trade_tables, which reduces each partition",
            cls=cls,
            field="flows",
            value=flows,
        )
    present = column_names(flows, kind)
    for field in ("region", "partner", "product", "year", "flow", "value"):
        if getattr(cols, field) not in present:
            raise ValidationError(
                f"must be a column of the flows (columns: {', '.join(present)})",
                cls=cls,
                field=field,
                value=getattr(cols, field),
            )
    lazy = to_lazy(flows, kind, cols.names)
    schema = lazy.collect_schema()
    is_float = _value_type(schema[cols.value], inexact, cols, cls)
    if not schema[cols.year].is_integer():
        raise WrongTypeError(
            "must hold integer years", cls=cls, field=cols.year, value=str(schema[cols.year])
        )
    value = pl.col(cols.value)
    if schema[cols.value] in (pl.UInt64, pl.Int128, pl.UInt128):
        # Wider than int64: a value past 2**63 would fail the cast, so look first.
        widest = lazy.select(value.max()).collect().item()
        if widest is not None and widest >= INT64_LIMIT:
            _check_total(widest, cols, cls)
    flow = pl.col(cols.flow)
    if schema[cols.flow] not in (pl.String, pl.Categorical) and not isinstance(
        schema[cols.flow], pl.Enum
    ):
        flow = flow.cast(pl.String)
    is_x, is_m = flow == cols.exports, flow == cols.imports
    checks = lazy.select(
        rows=pl.len(),
        low=value.min(),
        high=value.max(),
        nulls=pl.sum_horizontal(pl.col(c).null_count() for c in cols.names),
        others=(~(is_x | is_m)).sum(),
        nans=value.is_nan().sum() if is_float else pl.lit(0),
    )
    amount = value.cast(pl.Float64) if is_float else value.cast(pl.Int64)
    zero = 0.0 if is_float else 0
    # Exports and imports as two columns, each summed by one plain sum in both group-bys
    # (every label is checked to be one of the two); years as Int64 whatever the
    # caller's width, so that partitions combine.
    keys = (cols.region, cols.partner, cols.product)
    text = all(_is_text(schema[c]) for c in keys)
    split = lazy.select(
        _categorical(cols.region, schema[cols.region]) if text else pl.col(cols.region),
        pl.col(cols.year).cast(pl.Int64),
        *(_categorical(c, schema[c]) if text else pl.col(c) for c in (cols.partner, cols.product)),
        pl.when(is_x).then(amount).otherwise(zero).alias("x"),
        pl.when(is_x).then(zero).otherwise(amount).alias("m"),
    )
    sums = [pl.col("x").sum(), pl.col("m").sum()]
    if text:
        stats, frame = pl.collect_all([checks, split])
        by_partner, by_product = _coded_sums(frame, cols)
    else:
        by_partner_q = split.group_by(cols.keys("partner")).agg(sums)
        by_product_q = split.group_by(cols.keys("product")).agg(sums)
        stats, by_partner, by_product = pl.collect_all([checks, by_partner_q, by_product_q])
        # Categorical keys as text, so that partitions combine and sort by their labels.
        by_partner, by_product = (
            table.with_columns(pl.col(pl.Categorical, pl.Enum).cast(pl.String))
            for table in (by_partner, by_product)
        )
    rows, low, high, nulls, others, nans = stats.row(0)
    _check_rows(nulls, others, low, high, cols, cls, lazy)
    if nans:
        raise ValidationError("must not hold NaN", cls=cls, field=cols.value, value=math.nan)
    total: int | float
    if is_float:
        total = float(by_partner.select(pl.col("x").sum() + pl.col("m").sum()).item())
    elif rows * (high or 0) < INT64_LIMIT:
        total = exact_total(by_partner)
    else:  # a sum might have wrapped: find the exact total from the rows, in two limbs
        high_limb, low_limb = (
            lazy.select((value // _LIMB).sum().alias("high"), (value % _LIMB).sum().alias("low"))
            .collect()
            .row(0)
        )
        total = high_limb * _LIMB + low_limb
        _check_total(total, cols, cls)
    return PartialSums(cols, code, by_partner, by_product, rows, total, is_float)


def _is_text(dtype: Any) -> bool:
    import polars as pl

    return dtype in (pl.String, pl.Categorical) or isinstance(dtype, pl.Enum)


def _categorical(name: str, dtype: Any) -> pl.Expr:
    """Column *name* (text) as a polars Categorical: one look-up a row, then integers."""
    import polars as pl

    column = pl.col(name)
    if dtype == pl.Categorical:
        return column
    if dtype != pl.String:  # an Enum: its labels, not its order
        column = column.cast(pl.String)
    return column.cast(pl.Categorical)


def _coded_sums(frame: pl.DataFrame, cols: FlowColumns) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The sums by region, year and partner, and by region, year and product, of *frame*.

    *frame* holds the three text keys as Categoricals. Grouping by one int64 built from
    their codes and the year costs about half a group-by of the text; the labels are
    put back from the codes' distinct values.
    """
    import polars as pl

    region, year = cols.region, cols.year
    details = (cols.partner, cols.product)
    codes = {c: frame.get_column(c).to_physical() for c in (region, *details)}
    size = {c: int(values.max() or 0) + 1 for c, values in codes.items()}  # type: ignore[arg-type]
    years = frame.get_column(year)
    low = int(years.min() or 0)  # type: ignore[arg-type]
    span = int(years.max() or 0) - low + 1 if len(years) else 1  # type: ignore[arg-type]
    sums = [pl.col("x").sum(), pl.col("m").sum()]
    if size[region] * span * max(size.values()) >= 2**62:  # no room for one int64 key
        tables = pl.collect_all(
            [frame.lazy().group_by(cols.keys(d)).agg(sums) for d in ("partner", "product")]
        )
        return tuple(t.with_columns(pl.col(pl.Categorical).cast(pl.String)) for t in tables)  # type: ignore[return-value]
    region_year = pl.col(region).to_physical().cast(pl.Int64) * span + (pl.col(year) - low)
    tables = pl.collect_all(
        [
            frame.lazy()
            .group_by(
                (region_year * size[d] + pl.col(d).to_physical().cast(pl.Int64)).alias("__key")
            )
            .agg(sums)
            for d in details
        ]
    )
    distinct = pl.concat([frame.get_column(c).unique() for c in (region, *details)]).drop_nulls()
    labels = pl.repeat(None, max(size.values()), dtype=pl.String, eager=True)
    labels.scatter(distinct.to_physical(), distinct.cast(pl.String))
    decoded = []
    for detail, table in zip(details, tables, strict=True):
        key = table.get_column("__key")
        region_year_code = key // size[detail]
        decoded.append(
            pl.DataFrame(
                [
                    labels.gather(region_year_code // span).alias(region),
                    (region_year_code % span + low).alias(year),
                    labels.gather(key % size[detail]).alias(detail),
                    table.get_column("x"),
                    table.get_column("m"),
                ]
            )
        )
    return decoded[0], decoded[1]


def _check_rows(
    nulls: int, others: int, low: Any, high: Any, cols: FlowColumns, cls: str, lazy: pl.LazyFrame
) -> None:
    import polars as pl

    if nulls:
        counts = lazy.select(pl.col(c).null_count() for c in cols.names).collect().row(0)
        column = next(c for c, n in zip(cols.names, counts, strict=True) if n)
        raise ValidationError("must not hold nulls", cls=cls, field=column, value=None)
    if others:
        label = (
            lazy.select(pl.col(cols.flow).cast(pl.String))
            .filter(~pl.col(cols.flow).is_in([cols.exports, cols.imports]))
            .head(1)
            .collect()
            .item()
        )
        raise ValidationError(
            f"must be {cols.exports!r} or {cols.imports!r} in every row",
            cls=cls,
            field=cols.flow,
            value=label,
        )
    if low is not None and low < 0:
        raise ValidationError("must not be negative", cls=cls, field=cols.value, value=low)
    if high is not None and isinstance(high, float) and high == float("inf"):
        raise ValidationError("must be finite", cls=cls, field=cols.value, value=high)


def _check_total(total: int | float, cols: FlowColumns, cls: str) -> None:
    if total >= INT64_LIMIT:
        raise SumOverflowError(
            "must sum to less than 2**63 minor units: split the flows by currency or scale",
            cls=cls,
            field=cols.value,
            value=total,
        )


def exact_total(by_partner: pl.DataFrame) -> int:
    """The exact sum of ``x`` and ``m`` of a table whose every entry is below 2**63."""
    import polars as pl

    x, m = pl.col("x"), pl.col("m")
    high, low = by_partner.select(
        ((x // _LIMB).sum() + (m // _LIMB).sum()).alias("high"),
        ((x % _LIMB).sum() + (m % _LIMB).sum()).alias("low"),
    ).row(0)
    return int(high or 0) * _LIMB + int(low or 0)


def combine(first: PartialSums, second: PartialSums, *more: PartialSums) -> PartialSums:
    """Merge partial sums: associative and commutative, exact in integers.

    Any number of partial sums merge in one step (one concatenation, one group-by),
    and in any grouping or order with the same result.

    Raises:
        WrongTypeError: one is not a PartialSums.
        ValidationError: they were read with other columns, or one is inexact and another not.
        CurrencyMismatchError: they are in two currencies.
        SumOverflowError: together they reach 2**63 minor units.
    """
    import polars as pl

    cls = "combine"
    parts = (first, second, *more)
    for i, part in enumerate(parts):
        field = ("first", "second")[i] if i < 2 else f"more[{i - 2}]"
        if not isinstance(part, PartialSums):
            raise WrongTypeError("must be a PartialSums", cls=cls, field=field, value=part)
        if part.currency != first.currency:
            raise CurrencyMismatchError(first.currency, part.currency, operation="+", cls=cls)
        if part.columns != first.columns:
            raise ValidationError(
                f"must be read with the columns of 'first' ({first.columns!r})",
                cls=cls,
                field=field,
                value=part.columns,
            )
        if part.inexact != first.inexact:
            raise ValidationError(
                "must be exact (integer) or inexact (float) like 'first'",
                cls=cls,
                field=field,
                value="inexact" if part.inexact else "exact",
            )
    total = sum((p.total for p in parts), 0.0 if first.inexact else 0)
    if not first.inexact:
        _check_total(total, first.columns, cls)

    def merge(tables: list[pl.DataFrame], keys: list[str]) -> pl.DataFrame:
        tables = [t for t in tables if len(t)] or tables[:1]
        if len(tables) == 1:
            return tables[0]
        both = pl.concat(tables, how="vertical_relaxed")
        return both.group_by(keys).agg(pl.col("x").sum(), pl.col("m").sum())

    cols = first.columns
    return PartialSums(
        cols,
        first.currency,
        merge([p.by_partner for p in parts], cols.keys("partner")),
        merge([p.by_product for p in parts], cols.keys("product")),
        sum(p.rows for p in parts),
        total,
        first.inexact,
    )
