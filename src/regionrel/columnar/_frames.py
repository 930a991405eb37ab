"""Which kind of frame the caller gave, and the way into and out of the engine (polars).

Nothing here imports a dataframe library at module level: a frame's kind is read
from the module of its type, and the library is imported when a frame of its kind
arrives.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from regionrel.errors import WrongTypeError

if TYPE_CHECKING:
    import polars as pl


class FrameKind(enum.Enum):
    """The kinds of frame the columnar layer reads, and returns its tables as."""

    POLARS = "polars"
    POLARS_LAZY = "polars lazy"
    PANDAS = "pandas"
    ARROW = "arrow"
    DASK = "dask"


_ACCEPTED = "a pandas, polars (eager or lazy), pyarrow Table or dask DataFrame"


def frame_kind(frame: object, *, cls: str, field: str = "flows") -> FrameKind:
    """Return the kind of *frame*, without importing any dataframe library.

    Raises:
        WrongTypeError: *frame* is none of the accepted kinds.
    """
    kind = type(frame)
    module = kind.__module__.split(".", 1)[0]
    name = kind.__name__
    if module == "polars" and name == "DataFrame":
        return FrameKind.POLARS
    if module == "polars" and name == "LazyFrame":
        return FrameKind.POLARS_LAZY
    if module == "pandas" and name == "DataFrame":
        return FrameKind.PANDAS
    if module == "pyarrow" and name == "Table":
        return FrameKind.ARROW
    if module.startswith("dask") and name == "DataFrame":
        return FrameKind.DASK
    raise WrongTypeError(f"must be {_ACCEPTED}", cls=cls, field=field, value=frame)


def to_lazy(frame: Any, kind: FrameKind, columns: list[str]) -> pl.LazyFrame:
    """Return the *columns* of an eager frame (not Dask) as a polars LazyFrame."""
    import polars as pl

    if kind is FrameKind.POLARS_LAZY:
        return frame.select(columns)  # type: ignore[no-any-return]
    if kind is FrameKind.POLARS:
        return frame.lazy().select(columns)  # type: ignore[no-any-return]
    if kind is FrameKind.PANDAS:
        return _from_pandas(frame, columns).lazy()
    if kind is FrameKind.ARROW:
        table = pl.from_arrow(frame.select(columns))
        assert isinstance(table, pl.DataFrame)  # a Table gives a DataFrame, never a Series
        return table.lazy()
    raise AssertionError(kind)  # pragma: no cover - Dask frames are split before this


def _from_pandas(frame: Any, columns: list[str]) -> pl.DataFrame:
    """The *columns* of a pandas frame, text as polars Categoricals, one column at a time.

    A column of text costs some 30 bytes a row as polars strings and 4 as a
    Categorical, and the group-bys over Categoricals need half the memory; converting
    one column at a time holds one column's strings at most.
    """
    import polars as pl

    series = []
    for name in columns:
        column = pl.Series(name, frame[name])
        if column.dtype == pl.String:
            column = column.cast(pl.Categorical)
        series.append(column)
    return pl.DataFrame(series)


def column_names(frame: Any, kind: FrameKind) -> list[str]:
    """The column names of *frame*, without reading its rows."""
    if kind is FrameKind.POLARS_LAZY:
        return list(frame.collect_schema().names())
    if kind is FrameKind.ARROW:
        return list(frame.column_names)
    return [str(c) for c in frame.columns]


def from_polars(table: pl.DataFrame, kind: FrameKind) -> Any:
    """Return a result *table* as a frame of *kind*.

    pandas tables keep nulls apart from NaN (pyarrow-backed columns): a growth rate
    without a previous year is null, zero over zero is NaN.
    """
    if kind is FrameKind.POLARS:
        return table
    if kind is FrameKind.POLARS_LAZY:
        return table.lazy()
    if kind is FrameKind.ARROW:
        return table.to_arrow()
    frame = table.to_pandas(use_pyarrow_extension_array=True)
    if kind is FrameKind.PANDAS:
        return frame
    import dask.dataframe as dd

    return dd.from_pandas(frame, npartitions=1)  # type: ignore[no-untyped-call]
