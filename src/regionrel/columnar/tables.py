"""One call from a table of flows to the indicator tables, in the caller's kind of frame."""

from __future__ import annotations

from typing import Any

import attrs

from regionrel.columnar._frames import FrameKind, frame_kind, from_polars
from regionrel.columnar.compute import TradeTables, finish
from regionrel.columnar.groups import GroupSpec
from regionrel.columnar.partial import FlowColumns, PartialSums, combine, partial_sums
from regionrel.errors import ValidationError
from regionrel.trade.rankings import RankMethod

__all__ = ["dask_partial_sums", "trade_tables"]


def trade_tables(
    flows: Any,
    *,
    currency: str,
    region: str = "region",
    partner: str = "partner",
    product: str = "product",
    year: str = "year",
    flow: str = "flow",
    value: str = "value",
    exports: str = "exports",
    imports: str = "imports",
    groups: GroupSpec | None = None,
    rank_method: RankMethod | str = RankMethod.COMPETITION,
    inexact: bool = False,
) -> TradeTables:
    """Compute every indicator table of a table of flows, as frames of the same kind.

    Args:
        flows: one row per flow: a pandas or polars (eager or lazy) DataFrame, a pyarrow
            Table, or a Dask DataFrame (reduced partition by partition).
        currency: the ISO 4217 code of the values, which are integer minor units.
        region, partner, product, year, flow, value: the names of those columns.
        exports, imports: the two labels of the flow column.
        groups: for the ranks table, a group kind of the gazetteer or a function of a
            region label and a year (see :func:`~regionrel.columnar.compute`).
        rank_method: ``"competition"`` (the default) or ``"dense"``.
        inexact: accept a float value column, summed as floats (not reproducible).

    Returns:
        The tables (:class:`TradeTables`), each of the kind of *flows*: a polars
        LazyFrame gives LazyFrames, a Dask frame gives Dask frames of one partition.

    Raises:
        WrongTypeError, ValidationError, SumOverflowError: as :func:`partial_sums` says.

    >>> import polars as pl
    >>> flows = pl.DataFrame({
    ...     "region": ["RU-LEN", "RU-LEN", "RU-LEN", "RU-SPE", "RU-LEN"],
    ...     "partner": ["CN", "FI", "CN", "CN", "CN"],
    ...     "product": ["2709", "2709", "8703", "8703", "2709"],
    ...     "year": [2018, 2018, 2018, 2018, 2017],
    ...     "flow": ["exports", "exports", "imports", "imports", "exports"],
    ...     "value": [7_000, 3_000, 4_000, 5_000, 8_000]})
    >>> t = trade_tables(flows, currency="USD", groups="federal district")
    >>> t.balances.select("region", "year", "exports", "imports", "coverage", "exports_growth").rows()
    [('RU-LEN', 2017, 8000, 0, inf, None), ('RU-LEN', 2018, 10000, 4000, 2.5, 0.25), ('RU-SPE', 2018, 0, 5000, 0.0, None)]
    >>> t.partners.filter(pl.col("flow") == "exports", pl.col("year") == 2018).select("partner", "share").rows()
    [('CN', 0.7), ('FI', 0.3)]
    >>> t.ranks.filter(pl.col("year") == 2018).select("region", "exports_rank", "imports_rank").rows()
    [('RU-LEN', 1, 2), ('RU-SPE', 2, 1)]
    """
    cols = FlowColumns(
        region=region,
        partner=partner,
        product=product,
        year=year,
        flow=flow,
        value=value,
        exports=exports,
        imports=imports,
    )
    if not isinstance(inexact, bool):
        raise ValidationError(
            "must be True or False", cls="trade_tables", field="inexact", value=inexact
        )
    kind = frame_kind(flows, cls="trade_tables")
    if kind is FrameKind.DASK:
        part = dask_partial_sums(flows, currency=currency, columns=cols, inexact=inexact)
    else:
        part = partial_sums(flows, currency=currency, columns=cols, inexact=inexact)
    tables = finish(part, groups=groups, rank_method=rank_method)
    if kind is FrameKind.POLARS:
        return tables
    del part  # the partial sums, and then each polars table once converted, are let go
    fields = attrs.asdict(tables, recurse=False)
    del tables
    for name, table in fields.items():
        if name != "currency" and table is not None:
            fields[name] = None
            fields[name] = from_polars(table, kind)
            del table
    return TradeTables(**fields)


def dask_partial_sums(
    flows: Any,
    *,
    currency: str,
    columns: FlowColumns | None = None,
    inexact: bool = False,
    fan_in: int = 8,
) -> PartialSums:
    """Reduce a Dask DataFrame partition by partition, then combine the partial sums in a tree.

    Each partition runs :func:`partial_sums` unchanged; :func:`combine` is associative,
    so the tree's shape (and the number of partitions) does not change a bit of the result.

    Args:
        flows: a Dask DataFrame of flows (for example ``dask.dataframe.read_parquet(...)``).
        currency, columns, inexact: as :func:`partial_sums`.
        fan_in: how many partial sums each step of the tree combines.

    >>> import dask.dataframe as dd, pandas as pd
    >>> flows = pd.DataFrame({"region": ["RU-LEN"] * 4, "partner": ["CN", "FI", "CN", "DE"],
    ...                       "product": ["2709"] * 4, "year": [2018] * 4,
    ...                       "flow": ["exports"] * 4, "value": [1, 2, 3, 4]})
    >>> part = dask_partial_sums(dd.from_pandas(flows, npartitions=3), currency="USD")
    >>> part.rows, part.total, part.by_partner.sort("partner").get_column("x").to_list()
    (4, 10, [4, 4, 2])
    """
    from dask.base import compute
    from dask.delayed import delayed

    cols = FlowColumns() if columns is None else columns
    frame_kind(flows, cls="dask_partial_sums")
    missing = [c for c in cols.names if c not in flows.columns]
    if missing:
        # The same check and message as a partition would give, before any work.
        partial_sums(flows._meta, currency=currency, columns=cols, inexact=inexact)
    parts = [
        delayed(partial_sums)(p, currency=currency, columns=cols, inexact=inexact)
        for p in flows[cols.names].to_delayed()
    ]
    step = max(2, fan_in)
    while len(parts) > 1:
        parts = [delayed(_combine_all)(parts[i : i + step]) for i in range(0, len(parts), step)]
    (result,) = compute(parts[0])  # type: ignore[no-untyped-call]
    assert isinstance(result, PartialSums)
    return result


def _combine_all(parts: list[PartialSums]) -> PartialSums:
    return parts[0] if len(parts) == 1 else combine(*parts)
