"""Trade indicators over tables of flows: pandas, polars, Arrow or Dask, exact and reproducible.

The scalar objects of :mod:`regionrel.trade` suit one report; a table of flows
(region, partner, product, year, exports or imports, value) with millions of rows
goes through this layer instead. The indicators and their definitions are those of
``docs/indicators.md``, and the tables agree with the scalar objects to the bit.

- Values are integer minor units of a currency the caller names: sums are exact,
  and guarded against 64-bit overflow (:class:`SumOverflowError`, never a silent
  wrap). A float value column is refused unless the caller passes ``inexact=True``.
- Each ratio of two sums is one division of the two exact integers, rounded once,
  so the tables are the same to the bit whatever the engine, the run or the
  partitioning.
- The work is :func:`partial_sums` per partition, an associative :func:`combine`,
  and a :func:`finish` over the reduced tables; :func:`trade_tables` does all three,
  and on a Dask frame reduces each partition in its own task.

No dataframe library is imported until a frame arrives; polars is the engine.

>>> import polars as pl
>>> flows = pl.DataFrame({"region": ["RU-LEN", "RU-LEN"], "partner": ["CN", "FI"],
...                       "product": ["2709", "2709"], "year": [2018, 2018],
...                       "flow": ["exports", "imports"], "value": [7_109_00, 4_115_90]})
>>> trade_tables(flows, currency="USD").balances.select("turnover", "balance", "coverage").row(0)
(1122490, 299310, 1.7272042566631842)
"""

from __future__ import annotations

from regionrel.columnar.compute import TradeTables, finish
from regionrel.columnar.groups import GroupSpec, membership
from regionrel.columnar.partial import (
    FlowColumns,
    PartialSums,
    SumOverflowError,
    combine,
    partial_sums,
)
from regionrel.columnar.tables import dask_partial_sums, trade_tables

__all__ = [
    "FlowColumns",
    "GroupSpec",
    "PartialSums",
    "SumOverflowError",
    "TradeTables",
    "combine",
    "dask_partial_sums",
    "finish",
    "membership",
    "partial_sums",
    "trade_tables",
]
