"""The indicator tables, computed from the reduced partial sums.

Every exact sum is an int64 (the partial sums guard 2**63); every ratio of two sums
is one division of the two exact integers, rounded once to a float, so that a table
is the same to the bit whatever the engine, the run or the partitioning, and the
same as the scalar objects of :mod:`regionrel.trade` give for each region and year.
The product indicators (RCA, Grubel-Lloyd) are quotients of exact sums rounded once, as
:mod:`regionrel.trade.products` computes them, and the concentration indices
those of :class:`~regionrel.trade.partners.PartnerStructure` over the exact shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from regionrel.columnar._keys import KeyCodes, encode
from regionrel.columnar._rounding import EXACT_FACTOR, divide, fsum_runs, product_quotient
from regionrel.columnar.groups import GroupSpec, group_table
from regionrel.columnar.partial import FLOAT_EXACT, FlowColumns, PartialSums
from regionrel.errors import WrongTypeError
from regionrel.trade.indicators import ratio
from regionrel.trade.rankings import RankMethod

if TYPE_CHECKING:
    import polars as pl

__all__ = ["TradeTables", "finish"]

_FLOWS: Final = ("exports", "imports", "turnover")


@attrs.frozen(eq=False, repr=False)
class TradeTables:
    """The indicator tables of a set of flows, each a frame of the caller's kind.

    Key columns keep the caller's names (region, year, partner, product, flow);
    amounts are integers in minor units of :attr:`currency`; ratios are floats. A
    ratio over a zero sum is ``inf`` or ``NaN`` as :func:`~regionrel.trade.indicators.ratio`
    says; a growth rate without the previous year is null (a gap is never bridged).
    """

    #: The currency of every amount (ISO 4217), in minor units.
    currency: str
    #: Per region and year: exports, imports, turnover, balance, coverage, the growth of
    #: exports, imports and turnover on the year before, and the change of the balance.
    balances: Any
    #: Per region, year, flow (exports, imports, turnover) and partner with a positive
    #: value: the value and its share of the region's flow with all partners.
    partners: Any
    #: Per region, year and flow: the number of partners and the raw, normalized and
    #: UNCTAD Herfindahl-Hirschman indices (null when the flow is zero).
    concentration: Any
    #: Per region, year and product exported: the exports and Balassa's RCA against
    #: the national exports (all regions of the table) of that year.
    rca: Any
    #: Per region, year and product traded: exports, imports and the Grubel-Lloyd index.
    grubel_lloyd: Any
    #: Per region and year: the aggregate Grubel-Lloyd index over products.
    grubel_lloyd_aggregate: Any
    #: Per group, year and region: the rank by exports, imports, turnover and balance
    #: within the group (largest first), or ``None`` when no groups were asked for.
    ranks: Any = None

    def __repr__(self) -> str:
        parts = [f"currency={self.currency!r}"]
        for field in attrs.fields(TradeTables)[1:]:
            table = getattr(self, field.name)
            parts.append(f"{field.name}={_describe(table)}")
        return f"TradeTables({', '.join(parts)})"


def _describe(table: Any) -> str:
    if table is None:
        return "None"
    try:
        rows: object = len(table)
    except TypeError:  # a LazyFrame or a Dask frame: not computed
        return f"<{type(table).__name__}>"
    return f"<{type(table).__name__}: {rows} rows>"


def _py_ratio(numerator: int | None, denominator: int | None) -> float | None:
    """One division of two exact integers, rounded once; ``inf``/``nan`` over zero."""
    if numerator is None or denominator is None:
        return None
    if denominator == 0:
        return ratio(float(numerator), 0.0)
    return numerator / denominator


def _quotients(
    table: pl.DataFrame, specs: list[tuple[str, pl.Expr, pl.Expr]], *, big: bool
) -> pl.DataFrame:
    """Add each ``(name, numerator, denominator)`` quotient of integer columns to *table*.

    Integers below 2**53 are exact floats, and IEEE division of two exact floats is the
    exact quotient rounded once; an integer at or past 2**53 (possible only when *big*)
    is divided in Python, which rounds the exact quotient of two integers once too.
    """
    import polars as pl

    operands = table.select(
        e
        for i, (_, num, den) in enumerate(specs)
        for e in (num.alias(f"__num{i}"), den.alias(f"__den{i}"))
    )
    for i, (name, _, _) in enumerate(specs):
        num, den = operands.get_column(f"__num{i}"), operands.get_column(f"__den{i}")
        quotient = divide(num, den)
        if big:
            wide = ((num.abs() >= FLOAT_EXACT) | (den.abs() >= FLOAT_EXACT)).fill_null(False)
            index = wide.arg_true()
            if len(index):
                pairs = zip(num.gather(index).to_list(), den.gather(index).to_list(), strict=True)
                exact = pl.Series([_py_ratio(n, d) for n, d in pairs], dtype=pl.Float64)
                quotient.scatter(index, exact)
        table = table.with_columns(quotient.alias(name))
    return table


def _balances(part: PartialSums, big: bool) -> pl.DataFrame:
    import polars as pl

    cols = part.columns
    region, year = cols.region, cols.year
    x, m = pl.col("exports"), pl.col("imports")
    table = (
        part.by_partner.group_by([region, year])
        .agg(pl.col("x").sum().alias("exports"), pl.col("m").sum().alias("imports"))
        .with_columns(turnover=x + m, balance=x - m)
    )
    previous = table.select(
        pl.col(region),
        pl.col(year) + 1,
        pl.col("exports").alias("__x0"),
        pl.col("imports").alias("__m0"),
        pl.col("turnover").alias("__t0"),
        pl.col("balance").alias("__b0"),
    )
    table = table.join(previous, on=[region, year], how="left")
    x0, m0, t0 = pl.col("__x0"), pl.col("__m0"), pl.col("__t0")
    if part.inexact:
        big = False
    table = _quotients(
        table,
        [
            ("coverage", x, m),
            ("exports_growth", x - x0, x0),
            ("imports_growth", m - m0, m0),
            ("turnover_growth", pl.col("turnover") - t0, t0),
        ],
        big=big,
    )
    return (
        table.with_columns(balance_change=pl.col("balance") - pl.col("__b0"))
        .drop("__x0", "__m0", "__t0", "__b0")
        .sort([region, year])
    )


def _partners(part: PartialSums, big: bool) -> tuple[pl.DataFrame, pl.DataFrame, KeyCodes]:
    """Shares of each flow by partner, in the order flow, region, year, partner.

    Returns the table, the same with ranks for keys (``__flow``, ``__0``, ``__1``,
    ``__2``) and their :class:`KeyCodes`.
    """
    import polars as pl

    cols = part.columns
    region, year, partner = cols.region, cols.year, cols.partner
    coded, codes = encode(part.by_partner, [region, year, partner])
    pieces = [
        coded.lazy()
        .select("__0", "__1", "__2", value.alias("value"))
        .filter(pl.col("value") > 0)
        .with_columns(
            pl.lit(i, dtype=pl.UInt32).alias("__flow"),
            pl.col("value").sum().over("__0", "__1").alias("__total"),
        )
        for i, value in enumerate((pl.col("x"), pl.col("m"), pl.col("x") + pl.col("m")))
    ]
    table = pl.concat(pl.collect_all(pieces))
    table = _quotients(table, [("share", pl.col("value"), pl.col("__total"))], big=big)
    partners = table.select(
        codes.label(table, region),
        codes.label(table, year),
        _flow_labels(table, cols),
        codes.label(table, partner),
        "value",
        "share",
    )
    return partners, table, codes


def _flow_labels(table: pl.DataFrame, cols: FlowColumns) -> pl.Series:
    import polars as pl

    return pl.Series(cols.flow, _FLOWS).gather(table.get_column("__flow"))


def _concentration(
    cols: FlowColumns, coded: pl.DataFrame, codes: KeyCodes, balances: pl.DataFrame
) -> pl.DataFrame:
    """H as PartnerStructure.hhi computes it: the exactly rounded sum of the squared shares.

    *coded* is the partners table with ranks for keys, in runs of one flow, region and
    year: each group is one run of rows.
    """
    import polars as pl

    region, year = cols.region, cols.year
    keys = [region, year, cols.flow]
    share = coded.get_column("share")
    groups = coded.group_by("__flow", "__0", "__1", maintain_order=True).agg(
        pl.len().alias("partners")
    )
    counts = groups.get_column("partners")
    hhi = fsum_runs(share * share, counts)
    # Row by row as PartnerStructure does it, each division between two columns (divide).
    ones = pl.repeat(1.0, len(counts), dtype=pl.Float64, eager=True)
    inverse = divide(ones, counts)
    root = inverse.sqrt()
    several = counts != 1
    indices = groups.select(
        codes.label(groups, region),
        codes.label(groups, year),
        _flow_labels(groups, cols),
        pl.col("partners").cast(pl.Int64),
        hhi.alias("hhi"),
        divide(hhi - inverse, ones - inverse).zip_with(several, ones).alias("hhi_normalized"),
        divide(hhi.sqrt() - root, ones - root).zip_with(several, ones).alias("hhi_unctad"),
    )
    every = balances.select(region, year).join(
        pl.DataFrame({cols.flow: list(_FLOWS)}), how="cross"
    )
    return (
        every.join(indices, on=keys, how="left")
        .with_columns(pl.col("partners").fill_null(0).cast(pl.Int64))
        .sort(keys)
    )


def _products(part: PartialSums, big: bool) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """RCA, Grubel-Lloyd per product and aggregated, in the order region, year, product.

    As :mod:`regionrel.trade.products` computes them, each a quotient of exact sums
    rounded once: RCA ``x W / (X w)`` correctly rounded (:func:`_rca_values`), the
    Grubel-Lloyd indices over floats of the sums, exact below 2**53 and in Python
    integers above it.
    """
    import polars as pl

    cols = part.columns
    region, year, product = cols.region, cols.year, cols.product
    keys = [region, year, product]
    coded, codes = encode(part.by_product, keys)
    q = coded.lazy().rename({"x": "exports", "m": "imports"})
    x, m = pl.col("exports"), pl.col("imports")
    rca_base = (
        q.with_columns(
            # Exact integer sums: the region's exports, the nation's of the product and in all.
            x.sum().over("__0", "__1").alias("__Xi"),
            x.sum().over("__1", "__2").alias("__xw"),
            x.sum().over("__1").alias("__Xw"),
        )
        .filter(x > 0)
        .select("__0", "__1", "__2", "exports", "__Xi", "__xw", "__Xw")
    )
    per_product_base = q.filter((x + m) > 0).select("__0", "__1", "__2", "exports", "imports")
    aggregate_base = q.group_by("__0", "__1", maintain_order=True).agg(
        (x - m).abs().sum().alias("__gaps"),
        (x + m).sum().alias("__trade"),
    )
    rca, per_product, aggregate = pl.collect_all([rca_base, per_product_base, aggregate_base])
    del coded, q, rca_base, per_product_base, aggregate_base

    # (x / X) / (w / W) as one exact quotient of integers, x W / (X w), rounded once,
    # correctly: the same bits as the scalar rca_by_product in any units.
    rca = codes.decode(rca.with_columns(_rca_values(rca).alias("rca")), keys, "exports", "rca")
    gaps, trade = (x - m).abs(), x + m
    if big:  # sums past 2**53: each quotient in Python integers, rounded once
        per_product = per_product.with_columns(
            _one_minus(per_product.select(gaps.alias("g"), trade.alias("t")).rows()).alias(
                "grubel_lloyd"
            )
        )
        aggregate = aggregate.with_columns(
            _one_minus(aggregate.select("__gaps", "__trade").rows()).alias("grubel_lloyd")
        )
    else:  # below 2**53 every sum is an exact float, and one float division rounds correctly
        g, t = per_product.select(gaps.alias("g"), trade.alias("t")).get_columns()
        per_product = per_product.with_columns((1.0 - divide(g, t)).alias("grubel_lloyd"))
        g, t = aggregate.get_column("__gaps"), aggregate.get_column("__trade")
        aggregate = aggregate.with_columns((1.0 - divide(g, t)).alias("grubel_lloyd"))
    return (
        rca,
        codes.decode(per_product, keys, "exports", "imports", "grubel_lloyd"),
        codes.decode(aggregate, [region, year], "grubel_lloyd"),
    )


def _one_minus(pairs: list[tuple[int, int]]) -> pl.Series:
    """1 - g / t for each pair of Python integers, the quotient rounded once."""
    import polars as pl

    return pl.Series([1.0 - g / t for g, t in pairs], dtype=pl.Float64)


def _rca_values(rca: pl.DataFrame) -> pl.Series:
    """x W / (X w) rounded once, for every row of *rca* (columns exports, __Xi, __xw, __Xw).

    Every factor is at most the year's national exports W: below 2**53 the quotients
    are computed over the columns (:func:`product_quotient`), past it in Python integers.
    """
    import polars as pl

    x, big_x, w, big_w = (rca.get_column(n) for n in ("exports", "__Xi", "__xw", "__Xw"))
    wide = (big_w >= EXACT_FACTOR).arg_true()
    if not len(wide):
        return product_quotient(x, big_w, big_x, w)
    exact = [
        (x_ * big_w_) / (big_x_ * w_)
        for x_, big_x_, w_, big_w_ in zip(
            *(s.gather(wide).to_list() for s in (x, big_x, w, big_w)), strict=True
        )
    ]
    values = pl.zeros(len(rca), dtype=pl.Float64, eager=True)
    values.scatter(wide, pl.Series(exact, dtype=pl.Float64))
    narrow = (big_w < EXACT_FACTOR).arg_true()
    if len(narrow):
        values.scatter(narrow, product_quotient(*(s.gather(narrow) for s in (x, big_w, big_x, w))))
    return values


def _ranks(
    cols: FlowColumns, balances: pl.DataFrame, groups: GroupSpec, method: RankMethod
) -> pl.DataFrame:
    import polars as pl

    region, year = cols.region, cols.year
    membership = group_table(balances.select(region, year), cols, groups)
    how: Literal["min", "dense"] = "min" if method is RankMethod.COMPETITION else "dense"
    ranked = balances.join(membership, on=[region, year], how="inner")
    return ranked.select(
        "group",
        year,
        region,
        *(
            pl.col(flow)
            .rank(how, descending=True)
            .over(["group", year])
            .cast(pl.Int64)
            .alias(f"{flow}_rank")
            for flow in ("exports", "imports", "turnover", "balance")
        ),
    ).sort(["group", year, region])


def finish(
    part: PartialSums,
    *,
    groups: GroupSpec | None = None,
    rank_method: RankMethod | str = RankMethod.COMPETITION,
) -> TradeTables:
    """Compute every indicator table from reduced partial sums, as polars DataFrames.

    Args:
        part: the partial sums of all the flows (:func:`partial_sums`, :func:`combine`).
        groups: for the ranks table, a group kind of the gazetteer (``"federal district"``:
            each region's group on the last day of each year, by its dated membership)
            or a function from a region label and a year to a group name (or ``None``);
            no ranks table when ``None``.
        rank_method: ``"competition"`` ("1224", the default) or ``"dense"`` ("1223").

    Raises:
        WrongTypeError: *part* is not a PartialSums.
        ValidationError: an unknown rank method or group kind.

    >>> import polars as pl
    >>> from regionrel.columnar import partial_sums
    >>> flows = pl.DataFrame({"region": ["RU-LEN", "RU-LEN"], "partner": ["CN", "FI"],
    ...                       "product": ["2709", "8703"], "year": [2018, 2018],
    ...                       "flow": ["exports", "imports"], "value": [300, 100]})
    >>> tables = finish(partial_sums(flows, currency="EUR"), groups="federal district")
    >>> tables
    TradeTables(currency='EUR', balances=<DataFrame: 1 rows>, partners=<DataFrame: 4 rows>, concentration=<DataFrame: 3 rows>, rca=<DataFrame: 1 rows>, grubel_lloyd=<DataFrame: 2 rows>, grubel_lloyd_aggregate=<DataFrame: 1 rows>, ranks=<DataFrame: 1 rows>)
    >>> tables.grubel_lloyd.select("product", "grubel_lloyd").rows()
    [('2709', 0.0), ('8703', 0.0)]
    """
    if not isinstance(part, PartialSums):
        raise WrongTypeError("must be a PartialSums", cls="finish", field="part", value=part)

    method = _rank_method(rank_method)
    big = not part.inexact and part.total >= FLOAT_EXACT
    balances = _balances(part, big)
    partners, coded_partners, codes = _partners(part, big)
    concentration = _concentration(part.columns, coded_partners, codes, balances)
    del coded_partners, codes  # long, and needed no more
    rca, per_product, aggregate = _products(part, big)
    ranks = None if groups is None else _ranks(part.columns, balances, groups, method)
    return TradeTables(
        part.currency, balances, partners, concentration, rca, per_product, aggregate, ranks
    )


def _rank_method(value: object) -> RankMethod:
    """The method as :func:`regionrel.trade.rank` takes it: a RankMethod or its name as a str."""
    from regionrel.errors import ValidationError

    if isinstance(value, RankMethod):
        return value
    try:
        if not isinstance(value, str):
            raise ValueError  # never the str() of another object (it may raise, or lie)
        return RankMethod(str.strip(value).lower())
    except ValueError:
        raise ValidationError(
            "must be 'competition' or 'dense'", cls="finish", field="rank_method", value=value
        ) from None
