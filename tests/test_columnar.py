"""regionrel.columnar against the scalar objects, bit for bit, on every kind of frame.

Each generated table of flows goes through the columnar layer as a polars DataFrame,
a LazyFrame, a pandas DataFrame, a pyarrow Table and Dask frames of several
partitionings; every kind must give the same tables to the bit, and each region and
year of them must match what TradeBalance, TradeChange, PartnerStructure, the product
functions and rank() give for the same amounts.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")
pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
dd = pytest.importorskip("dask.dataframe")

from regionrel import gazetteer  # noqa: E402
from regionrel.columnar import (  # noqa: E402
    SumOverflowError,
    combine,
    finish,
    partial_sums,
    trade_tables,
)
from regionrel.money import Money  # noqa: E402
from regionrel.trade.balance import TradeBalance  # noqa: E402
from regionrel.trade.change import TradeChange  # noqa: E402
from regionrel.trade.partners import PartnerStructure  # noqa: E402
from regionrel.trade.products import (  # noqa: E402
    grubel_lloyd_aggregate,
    grubel_lloyd_by_product,
    rca_by_product,
)
from regionrel.trade.rankings import IncompleteRankingWarning, rank  # noqa: E402

Row = tuple[str, str, str, int, str, int]
COLUMNS = ["region", "partner", "product", "year", "flow", "value"]
# RU-BU and RU-ZAB moved from the Siberian to the Far Eastern district in November 2018.
REGIONS = ["RU-BU", "RU-ZAB", "RU-IRK", "RU-SA", "RU-LEN"]
PARTNERS = ["CN", "FI", "DE"]
PRODUCTS = ["2709", "8703", "0101"]
YEARS = [2016, 2017, 2018, 2019, 2020]


def frame(rows: list[Row]) -> Any:
    return pl.DataFrame(rows, schema=COLUMNS, orient="row")


def kinds(rows: list[Row]) -> dict[str, Any]:
    """The same flows as every kind of frame the layer reads."""
    eager = frame(rows)
    pandas = eager.to_pandas()
    out = {
        "polars": eager,
        "lazy": eager.lazy(),
        "pandas": pandas,
        "arrow": eager.to_arrow(),
    }
    for n in (1, 3, 7):
        out[f"dask{n}"] = dd.from_pandas(pandas, npartitions=n, sort=False)
    return out


def as_polars(table: Any) -> Any:
    if isinstance(table, pl.LazyFrame):
        return table.collect()
    if isinstance(table, pl.DataFrame):
        return table
    if isinstance(table, pa.Table):
        return pl.from_arrow(table)
    if not isinstance(table, pd.DataFrame):
        table = table.compute()
    return pl.from_pandas(table)


def bits(table: Any) -> list[tuple[object, ...]]:
    """The rows of *table* with every float as its exact bits (NaN equal to NaN)."""
    return [
        tuple(v.hex() if isinstance(v, float) else v for v in row)
        for row in as_polars(table).rows()
    ]


def same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.hex() == b.hex()


def money(minor: int) -> Money:
    return Money(Decimal(minor).scaleb(-2), "USD")


# -- the scalar reference ----------------------------------------------------------------


def check_against_scalar(rows: list[Row], tables: Any) -> None:
    """Every region-year of the columnar tables against the scalar objects."""
    x: dict[tuple[str, int], int] = defaultdict(int)
    m: dict[tuple[str, int], int] = defaultdict(int)
    xp: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    mp: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    xk: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    mk: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for region, partner, product, year, flow, value in rows:
        key = (region, year)
        if flow == "exports":
            x[key] += value
            xp[key][partner] += value
            xk[key][product] += value
        else:
            m[key] += value
            mp[key][partner] += value
            mk[key][product] += value
    keys = sorted(set(x) | set(m))
    balances = {
        (r["region"], r["year"]): r for r in as_polars(tables.balances).iter_rows(named=True)
    }
    assert sorted(balances) == keys
    scalar = {k: TradeBalance(money(x[k]), money(m[k])) for k in keys}
    for key in keys:
        row, tb = balances[key], scalar[key]
        assert (row["exports"], row["imports"]) == (x[key], m[key])
        assert row["turnover"] == tb.turnover.amount * 100
        assert row["balance"] == tb.balance.amount * 100
        assert same(row["coverage"], tb.coverage)
        before = (key[0], key[1] - 1)
        if before in scalar:
            change = TradeChange(previous=scalar[before], current=tb)
            for flow in ("exports", "imports", "turnover"):
                assert same(row[f"{flow}_growth"], change.growth(flow)), (key, flow)
            assert row["balance_change"] == change.balance_change.amount * 100
        else:  # a gap, or the first year: never bridged
            assert row["exports_growth"] is row["turnover_growth"] is row["balance_change"] is None

    partners: dict[tuple[str, int, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in as_polars(tables.partners).iter_rows(named=True):
        partners[row["region"], row["year"], row["flow"]][row["partner"]] = row
    conc = {
        (r["region"], r["year"], r["flow"]): r
        for r in as_polars(tables.concentration).iter_rows(named=True)
    }
    assert len(conc) == 3 * len(keys)
    for key in keys:
        turnover = {p: xp[key][p] + mp[key][p] for p in set(xp[key]) | set(mp[key])}
        for flow, values in (("exports", xp[key]), ("imports", mp[key]), ("turnover", turnover)):
            positive = {p: v for p, v in values.items() if v > 0}
            got, c = partners[(*key, flow)], conc[(*key, flow)]
            assert sorted(got) == sorted(positive)
            assert c["partners"] == len(positive)
            if not positive:
                assert c["hhi"] is c["hhi_normalized"] is c["hhi_unctad"] is None
                continue
            ps = PartnerStructure.from_values({p: money(v) for p, v in positive.items()})
            for p, v in positive.items():
                assert got[p]["value"] == v
                assert same(got[p]["share"], ps.share_of(p)), (key, flow, p)
            assert same(c["hhi"], ps.hhi())
            assert same(c["hhi_normalized"], ps.hhi_normalized())
            assert same(c["hhi_unctad"], ps.hhi_unctad())

    national: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (_, year), by_product in xk.items():
        for product, v in by_product.items():
            national[year][product] += v
    rca = {
        (r["region"], r["year"], r["product"]): r["rca"]
        for r in as_polars(tables.rca).iter_rows(named=True)
    }
    gl = {
        (r["region"], r["year"], r["product"]): r
        for r in as_polars(tables.grubel_lloyd).iter_rows(named=True)
    }
    gl_all = {
        (r["region"], r["year"]): r["grubel_lloyd"]
        for r in as_polars(tables.grubel_lloyd_aggregate).iter_rows(named=True)
    }
    for key in keys:
        mine = {k: v for k, v in xk[key].items() if v > 0}
        world = {k: v for k, v in national[key[1]].items() if v > 0}
        expected = rca_by_product(mine, world) if mine else {}
        assert {k[2]: v for k, v in rca.items() if k[:2] == key}.keys() == expected.keys()
        # Both sides divide exact sums once (x W / (X w)): the same bits at any size.
        for product, rca_value in expected.items():
            assert same(rca[(*key, product)], rca_value), (key, product)
        traded = {k for k in set(xk[key]) | set(mk[key]) if xk[key][k] + mk[key][k] > 0}
        gl_by_product = grubel_lloyd_by_product(
            {k: xk[key][k] for k in traded}, {k: mk[key][k] for k in traded}
        )
        assert {k[2] for k in gl if k[:2] == key} == traded
        for product, gl_value in gl_by_product.items():
            assert same(gl[(*key, product)]["grubel_lloyd"], gl_value)
        aggregate = grubel_lloyd_aggregate(dict(xk[key]), dict(mk[key]))
        assert same(gl_all[key], aggregate)


def check_ranks(rows: list[Row], tables: Any, method: str) -> None:
    """The ranks table against rank() over each federal district and year."""
    x: dict[tuple[str, int], int] = defaultdict(int)
    m: dict[tuple[str, int], int] = defaultdict(int)
    for region, _, _, year, flow, value in rows:
        (x if flow == "exports" else m)[region, year] += value
        (m if flow == "exports" else x)[region, year] += 0
    ranks = {(r["region"], r["year"]): r for r in as_polars(tables.ranks).iter_rows(named=True)}
    assert sorted(ranks) == sorted(x)
    by_group: dict[tuple[str, int], list[str]] = defaultdict(list)
    for (region, year), row in ranks.items():
        on = dt.date(year, 12, 31)
        district = gazetteer.group_of(region, "federal district", on=on)
        assert district is not None
        assert row["group"] == district.name
        by_group[row["group"], year].append(region)
    for (name, year), regions in by_group.items():
        group = gazetteer.group(name)
        balances = [
            TradeBalance(money(x[r, year]), money(m[r, year]), reporter=gazetteer.resolve(r))
            for r in regions
        ]
        for flow in ("exports", "imports", "turnover", "balance"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", IncompleteRankingWarning)
                ranking = rank(
                    balances, by=flow, group=group, on=dt.date(year, 12, 31), method=method
                )
            for region in regions:
                assert ranks[region, year][f"{flow}_rank"] == ranking.rank_of(
                    gazetteer.resolve(region)
                )


def check_everywhere(rows: list[Row], **options: Any) -> None:
    """Every kind of frame gives the same bits, and they are the scalar objects' bits."""
    reference = None
    for name, flows in kinds(rows).items():
        tables = trade_tables(flows, currency="USD", groups="federal district", **options)
        got = [bits(getattr(tables, t)) for t in TABLES]
        if reference is None:
            reference = got
            check_against_scalar(rows, tables)
            check_ranks(rows, tables, options.get("rank_method", "competition"))
        else:
            for table, a, b in zip(TABLES, reference, got, strict=True):
                assert a == b, (name, table)


TABLES = (
    "balances",
    "partners",
    "concentration",
    "rca",
    "grubel_lloyd",
    "grubel_lloyd_aggregate",
    "ranks",
)


def row_strategy(values: st.SearchStrategy[int]) -> st.SearchStrategy[Row]:
    return st.tuples(
        st.sampled_from(REGIONS),
        st.sampled_from(PARTNERS),
        st.sampled_from(PRODUCTS),
        st.sampled_from(YEARS),
        st.sampled_from(["exports", "imports"]),
        values,
    )


SMALL = st.one_of(st.just(0), st.integers(1, 10**6), st.integers(1, 10**12))
# Sums past 2**53: quotients of integers that are not exact floats, and floats of
# integers that polars' own cast would not round correctly.
LARGE = st.one_of(st.integers(2**49, 2**51), st.integers(2**50, 2**57))


@settings(max_examples=12)
@given(st.lists(row_strategy(SMALL), min_size=1, max_size=40))
def test_every_kind_of_frame_agrees_with_the_scalar_objects(rows: list[Row]) -> None:
    check_everywhere(rows)


@settings(max_examples=10)
@given(st.lists(row_strategy(LARGE), min_size=1, max_size=25))
def test_sums_past_two_to_the_53_are_still_divided_exactly(rows: list[Row]) -> None:
    check_everywhere(rows)


@settings(max_examples=4)
@given(st.lists(row_strategy(SMALL), min_size=1, max_size=30))
def test_dense_ranks_agree_with_rank(rows: list[Row]) -> None:
    check_everywhere(rows, rank_method="dense")


def test_a_total_polars_holds_as_one_value_still_divides_once() -> None:
    # One region-year: polars keeps the window's total as a constant column and divides by
    # a constant as a product with its reciprocal (19 / 20 gave 0.9500000000000001).
    rows: list[Row] = [
        ("RU-BU", "CN", "2709", 2016, "exports", 0),
        ("RU-ZAB", "CN", "2709", 2016, "imports", 19),
        ("RU-ZAB", "FI", "2709", 2016, "imports", 1),
    ]
    check_everywhere(rows)
    shares = trade_tables(frame(rows), currency="USD").partners.get_column("share")
    assert shares.to_list() == [19 / 20, 1 / 20, 19 / 20, 1 / 20]


def test_edge_cases_are_table_values() -> None:
    rows: list[Row] = [
        # Zero flows: a region-year with nothing but zeros.
        ("RU-LEN", "CN", "2709", 2016, "exports", 0),
        ("RU-LEN", "CN", "2709", 2016, "imports", 0),
        # A single partner, exports only: coverage inf, HHI 1.
        ("RU-LEN", "CN", "2709", 2017, "exports", 500),
        # A gap: 2018 missing, 2019 has no previous year.
        ("RU-LEN", "FI", "8703", 2019, "exports", 300),
        ("RU-LEN", "DE", "8703", 2019, "imports", 100),
        # A region that changed district (Siberian in 2017, Far Eastern in 2018).
        ("RU-BU", "CN", "0101", 2017, "exports", 10),
        ("RU-BU", "CN", "0101", 2018, "exports", 20),
        ("RU-IRK", "CN", "0101", 2018, "exports", 30),
        ("RU-SA", "CN", "0101", 2018, "exports", 5),
    ]
    check_everywhere(rows)
    tables = trade_tables(frame(rows), currency="USD", groups="federal district")
    bal = {
        (r[0], r[1]): r
        for r in tables.balances.select("region", "year", "coverage", "exports_growth").rows()
    }
    assert math.isnan(bal["RU-LEN", 2016][2])
    assert bal["RU-LEN", 2017][2:] == (math.inf, math.inf)  # 500 / 0, and growth from zero
    assert bal["RU-LEN", 2019][3] is None
    conc = tables.concentration.filter(pl.col("year") == 2016).select("partners", "hhi").rows()
    assert conc == [(0, None)] * 3
    single = tables.concentration.filter(pl.col("year") == 2017, pl.col("flow") == "exports")
    assert single.select("partners", "hhi", "hhi_normalized", "hhi_unctad").row(0) == (
        1,
        1.0,
        1.0,
        1.0,
    )
    ranks = {(r[0], r[1], r[2]) for r in tables.ranks.select("group", "year", "region").rows()}
    assert ("Siberian Federal District", 2017, "RU-BU") in ranks
    assert ("Far Eastern Federal District", 2018, "RU-BU") in ranks
    assert ("Siberian Federal District", 2018, "RU-IRK") in ranks


def test_a_seeded_larger_table_agrees_everywhere() -> None:
    import random

    rnd = random.Random(17)
    rows: list[Row] = [
        (
            rnd.choice(REGIONS),
            rnd.choice([*PARTNERS, "US", "KZ", "BY"]),
            rnd.choice([*PRODUCTS, "7208", "4407"]),
            rnd.choice([2016, 2017, 2019, 2020]),
            rnd.choice(["exports", "imports"]),
            int(rnd.lognormvariate(12, 3)),
        )
        for _ in range(600)
    ]
    check_everywhere(rows)


def test_partial_sums_combine_in_any_order_to_the_same_bits() -> None:
    rows = [
        (r, p, k, y, f, (i * 7919) % 10_007)
        for i, (r, p, k, y, f) in enumerate(
            (r, p, k, y, f)
            for r in REGIONS
            for p in PARTNERS
            for k in PRODUCTS
            for y in YEARS[:2]
            for f in ("exports", "imports")
        )
    ]
    flows = frame(rows)
    parts = [partial_sums(flows[i : i + 37], currency="USD") for i in range(0, len(rows), 37)]
    left = parts[0]
    for part in parts[1:]:
        left = combine(left, part)
    right = parts[-1]
    for part in reversed(parts[:-1]):
        right = combine(part, right)
    whole = partial_sums(flows, currency="USD")
    for part in (left, right):
        assert part.rows == whole.rows == len(rows)
        assert part.total == whole.total
        a, b = finish(part), finish(whole)
        for table in TABLES[:-1]:
            assert bits(getattr(a, table)) == bits(getattr(b, table))


# -- overflow: a named error, never a wrap ----------------------------------------------


def test_a_sum_past_int64_is_a_named_error() -> None:
    rows: list[Row] = [
        ("RU-LEN", "CN", "2709", 2018, "exports", 2**62),
        ("RU-LEN", "FI", "2709", 2018, "exports", 2**62),
    ]
    with pytest.raises(SumOverflowError, match=r"'value' must sum to less than 2\*\*63") as err:
        trade_tables(frame(rows), currency="USD")
    assert err.value.value == 2**63
    assert isinstance(err.value, OverflowError)
    with pytest.raises(SumOverflowError):
        trade_tables(dd.from_pandas(frame(rows).to_pandas(), npartitions=2), currency="USD")
    one, two = (partial_sums(frame([r]), currency="USD") for r in rows)
    with pytest.raises(SumOverflowError):
        combine(one, two)


def test_values_whose_bound_passes_int64_but_whose_sum_does_not_are_exact() -> None:
    rows: list[Row] = [
        ("RU-LEN", "CN", "2709", 2018, "exports", 2**62),
        ("RU-LEN", "FI", "2709", 2018, "exports", 2**61),
        ("RU-LEN", "FI", "2709", 2018, "imports", 3),
    ]
    part = partial_sums(frame(rows), currency="USD")
    assert part.total == 2**62 + 2**61 + 3
    check_everywhere(rows)


def test_the_regression_polars_cast_would_get_wrong() -> None:
    # polars casts 9617374628999627 (RU-BU and RU-ZAB's exports) to a float that is
    # not the nearest in some runs; the layer rounds every such integer itself.
    rows: list[Row] = [
        ("RU-BU", "CN", "2709", 2016, "exports", 1_125_899_906_842_624),
        ("RU-BU", "CN", "2709", 2016, "exports", 6_239_674_908_471_755),
        ("RU-BU", "CN", "8703", 2016, "exports", 1_125_899_906_842_624),
        ("RU-ZAB", "CN", "2709", 2016, "exports", 1_125_899_906_842_624),
    ]
    check_everywhere(rows)


def test_rca_of_sums_near_two_to_the_50_is_the_scalar_value_to_the_bit() -> None:
    # Found by Hypothesis: floats of each sum gave 1.833579335020337 against the exact
    # quotient's 1.8335793350203369; both paths now divide the exact sums once.
    check_everywhere(
        [
            ("RU-BU", "CN", "2709", 2016, "imports", 562_949_953_421_312),
            ("RU-BU", "CN", "2709", 2016, "imports", 562_949_953_421_312),
            ("RU-BU", "CN", "8703", 2017, "exports", 633_477_709_164_869),
            ("RU-ZAB", "CN", "2709", 2017, "exports", 759_948_912_540_417),
        ]
    )
