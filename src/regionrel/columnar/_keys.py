"""Key columns as integer ranks: sort and window over integers, write the labels once.

The reduced tables are keyed by region, year and partner or product, text for the
most part. Sorting a table of text columns, or grouping by them, costs several times
the same over one int64 column; so each key is replaced by its rank among its
distinct values (which are few: regions, years, products), the work is done over the
ranks, and the labels are put back, from the small table of distinct values, into
the tables returned. The order of the ranks is the order of the labels, so a sort by
ranks is the sort by labels.

>>> import polars as pl
>>> table = pl.DataFrame({"region": ["b", "a", "b"], "year": [2019, 2018, 2018], "x": [1, 2, 3]})
>>> coded, keys = encode(table, ["region", "year"])
>>> coded.rows()
[(0, 0, 2), (1, 0, 3), (1, 1, 1)]
>>> keys.decode(coded, ["region", "year"], "x").rows()
[('a', 2018, 2), ('b', 2018, 3), ('b', 2019, 1)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import polars as pl

__all__ = ["KeyCodes", "encode"]

_INT64_LIMIT = 2**63


@attrs.frozen
class KeyCodes:
    """How the key columns of a table were ranked, to write their labels back."""

    #: The key columns, in the order of the ranks ``__0``, ``__1``, ...
    names: tuple[str, ...]
    #: Per key: its sorted distinct labels, or None for integers ranked by an offset.
    labels: tuple[pl.Series | None, ...]
    #: Per key ranked by an offset: its smallest value (0 for the others).
    offsets: tuple[int, ...]
    #: Per key: the column's type.
    dtypes: tuple[Any, ...]

    def rank(self, name: str) -> str:
        """The name of the rank column of key *name*."""
        return f"__{self.names.index(name)}"

    def label(self, table: pl.DataFrame, name: str) -> pl.Series | pl.Expr:
        """The labels of key *name* for the rows of *table* (which has its rank column)."""
        import polars as pl

        i = self.names.index(name)
        labels = self.labels[i]
        if labels is None:
            return (pl.col(f"__{i}") + self.offsets[i]).cast(self.dtypes[i]).alias(name)
        return labels.gather(table.get_column(f"__{i}")).alias(name)

    def decode(self, table: pl.DataFrame, keys: list[str], *others: str) -> pl.DataFrame:
        """*table*'s *keys* as labels, then its columns *others*, in that order."""
        return table.select(*(self.label(table, k) for k in keys), *others)


def encode(
    table: pl.DataFrame, keys: list[str], *, keep: bool = False
) -> tuple[pl.DataFrame, KeyCodes]:
    """*table* sorted by *keys*, each key replaced by its rank ``__<i>`` (dropped when not *keep*).

    The ranks come first, then the other columns.
    """
    import polars as pl

    ranks: list[pl.Expr] = []
    labels: list[pl.Series | None] = []
    offsets: list[int] = []
    size = 1
    code: pl.Expr = pl.lit(0, dtype=pl.Int64)
    for i, key in enumerate(keys):
        rank, label, offset, distinct = _rank(table.get_column(key))
        ranks.append(rank.alias(f"__{i}"))
        labels.append(label)
        offsets.append(offset)
        size *= max(distinct, 1)
        code = code * max(distinct, 1) + pl.col(f"__{i}")
    others = [c for c in table.columns if keep or c not in keys]
    coded = table.select(*ranks, *others)
    if size >= _INT64_LIMIT:  # pragma: no cover - more distinct keys than any table of flows has
        coded = coded.sort([f"__{i}" for i in range(len(keys))])
    elif len(coded):
        coded = coded.sort(code)
    codes = KeyCodes(
        tuple(keys), tuple(labels), tuple(offsets), tuple(table.schema[k] for k in keys)
    )
    return coded, codes


def _rank(column: pl.Series) -> tuple[pl.Expr, pl.Series | None, int, int]:
    """An Int64 rank of each value of *column*, its labels or offset, and how many ranks.

    An integer key of a dense range (years) is ranked by subtraction; a text key
    through an Enum of its sorted distinct values (one look-up a row); any other by
    a mapping from its sorted distinct values.
    """
    import polars as pl

    key = pl.col(column.name)
    if column.dtype.is_integer():
        low, high = column.min(), column.max()
        if low is None:
            return key.cast(pl.Int64), None, 0, 0
        assert isinstance(low, int)
        assert isinstance(high, int)
        if high - low < 4 * len(column) + 64:
            return key.cast(pl.Int64) - low, None, low, high - low + 1
    distinct = column.unique().sort()
    if column.dtype == pl.String:
        rank = key.cast(pl.Enum(distinct)).to_physical().cast(pl.Int64)
    else:
        numbers = pl.int_range(len(distinct), dtype=pl.Int64, eager=True)
        rank = key.replace_strict(distinct, numbers, return_dtype=pl.Int64)
    return rank, distinct, 0, len(distinct)
