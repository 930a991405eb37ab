"""regionrel.columnar: what it refuses, what it accepts, and what it returns."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

pl = pytest.importorskip("polars")
pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
dd = pytest.importorskip("dask.dataframe")

from regionrel.columnar import (  # noqa: E402
    FlowColumns,
    PartialSums,
    SumOverflowError,
    combine,
    dask_partial_sums,
    finish,
    membership,
    partial_sums,
    trade_tables,
)
from regionrel.errors import (  # noqa: E402
    CurrencyMismatchError,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
)

ROWS = {
    "region": ["RU-LEN", "RU-LEN", "RU-SPE"],
    "partner": ["CN", "FI", "CN"],
    "product": ["2709", "2709", "8703"],
    "year": [2018, 2018, 2018],
    "flow": ["exports", "imports", "exports"],
    "value": [700, 300, 50],
}


def flows(**changes: Any) -> Any:
    return pl.DataFrame({**ROWS, **changes})


def test_import_regionrel_columnar_imports_no_dataframe_library() -> None:
    code = (
        "import sys, regionrel, regionrel.columnar; "
        "bad = [m for m in ('pandas', 'polars', 'pyarrow', 'dask', 'numpy') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_polars_frame_brings_polars_only_when_a_function_is_called() -> None:
    code = (
        "import sys, regionrel.columnar as c; before = 'polars' in sys.modules; "
        "c.trade_tables(__import__('polars').DataFrame({'region': ['A'], 'partner': ['B'], "
        "'product': ['1'], 'year': [2018], 'flow': ['exports'], 'value': [1]}), currency='USD'); "
        "print(before, 'pandas' in sys.modules, 'dask' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda f: f, pl.DataFrame),
        (lambda f: f.lazy(), pl.LazyFrame),
        (lambda f: f.to_pandas(), pd.DataFrame),
        (lambda f: f.to_arrow(), pa.Table),
        (lambda f: dd.from_pandas(f.to_pandas(), npartitions=2), dd.DataFrame),
    ],
)
def test_tables_come_back_as_the_callers_kind_of_frame(make: Any, kind: type) -> None:
    tables = trade_tables(make(flows()), currency="USD", groups="federal district")
    for name in (
        "balances",
        "partners",
        "concentration",
        "rca",
        "grubel_lloyd",
        "grubel_lloyd_aggregate",
        "ranks",
    ):
        assert isinstance(getattr(tables, name), kind), name
    assert tables.currency == "USD"


def test_pandas_tables_keep_null_apart_from_nan() -> None:
    rows = flows(year=[2018, 2018, 2019], region=["RU-LEN"] * 3, value=[0, 0, 5])
    bal = trade_tables(rows.to_pandas(), currency="USD").balances
    assert bal["coverage"].isna().tolist() == [False, False]  # NaN is a value here
    assert str(bal["coverage"].iloc[0]) == "nan"
    assert bal["exports_growth"].isna().tolist() == [True, False]
    assert bal["exports_growth"].iloc[1] == float("inf")


def test_column_names_and_flow_labels_by_keyword() -> None:
    renamed = (
        flows()
        .rename({"region": "oblast", "value": "cents"})
        .with_columns(pl.col("flow").replace({"exports": "X", "imports": "M"}))
    )
    tables = trade_tables(
        renamed, currency="RUB", region="oblast", value="cents", exports="X", imports="M"
    )
    assert tables.balances.columns[:2] == ["oblast", "year"]
    assert tables.balances.select("exports", "imports").rows() == [(700, 300), (50, 0)]
    assert tables.ranks is None


def test_unsigned_and_narrow_integers_are_read_as_they_are() -> None:
    narrow = flows().with_columns(pl.col("value").cast(pl.UInt16), pl.col("year").cast(pl.Int16))
    assert trade_tables(narrow, currency="USD").balances.select(
        "exports"
    ).to_series().to_list() == [700, 50]


def test_categorical_flow_labels_are_read() -> None:
    cat = flows().with_columns(
        pl.col("flow").cast(pl.Categorical), pl.col("region").cast(pl.Categorical)
    )
    assert trade_tables(cat, currency="USD").balances.select("exports").to_series().to_list() == [
        700,
        50,
    ]


def test_a_float_value_column_is_refused_unless_inexact() -> None:
    floats = flows(value=[700.5, 300.25, 50.0])
    with pytest.raises(WrongTypeError, match="pass inexact=True") as err:
        trade_tables(floats, currency="USD")
    assert err.value.field == "value"
    tables = trade_tables(floats, currency="USD", inexact=True)
    assert tables.balances.select("exports", "imports", "coverage").row(0) == (
        700.5,
        300.25,
        700.5 / 300.25,
    )
    with pytest.raises(ValidationError, match="'inexact' must be True or False"):
        trade_tables(floats, currency="USD", inexact=1)  # type: ignore[arg-type]


def test_inexact_and_exact_partial_sums_do_not_combine() -> None:
    exact = partial_sums(flows(), currency="USD")
    inexact = partial_sums(flows(value=[1.0, 2.0, 3.0]), currency="USD", inexact=True)
    with pytest.raises(ValidationError, match="must be exact"):
        combine(exact, inexact)


@pytest.mark.parametrize(
    ("changes", "error", "match"),
    [
        ({"value": [700, -1, 50]}, ValidationError, r"'value' must not be negative \(got -1\)"),
        ({"value": [700, None, 50]}, ValidationError, r"'value' must not hold nulls"),
        ({"partner": ["CN", None, "CN"]}, ValidationError, r"'partner' must not hold nulls"),
        (
            {"flow": ["exports", "re-exports", "imports"]},
            ValidationError,
            r"'flow' must be 'exports' or 'imports' in every row \(got 're-exports'\)",
        ),
        ({"value": ["700", "300", "50"]}, WrongTypeError, r"'value' must hold integers"),
        ({"year": ["2018", "2018", "2018"]}, WrongTypeError, r"'year' must hold integer years"),
        ({"value": [float("inf"), 1.0, 2.0]}, ValidationError, r"'value' must be finite"),
    ],
)
def test_bad_rows_are_named_errors(changes: dict[str, Any], error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        trade_tables(
            flows(**changes),
            currency="USD",
            inexact="value" in changes and isinstance(changes["value"][1], float),
        )


def test_a_missing_column_is_named() -> None:
    with pytest.raises(
        ValidationError,
        match=r"partial_sums: 'product' must be a column of the flows \(columns: region, partner, year, flow, value\) \(got 'product'\)",
    ):
        trade_tables(flows().drop("product"), currency="USD")
    ddf = dd.from_pandas(flows().drop("product").to_pandas(), npartitions=1)
    with pytest.raises(ValidationError, match="'product' must be a column"):
        trade_tables(ddf, currency="USD")


def test_what_is_not_a_frame_is_refused() -> None:
    with pytest.raises(WrongTypeError, match="'flows' must be a pandas, polars"):
        trade_tables({"region": []}, currency="USD")
    with pytest.raises(WrongTypeError, match="must not be a Dask frame"):
        partial_sums(dd.from_pandas(flows().to_pandas(), npartitions=1), currency="USD")
    with pytest.raises(WrongTypeError, match="'columns' must be a FlowColumns"):
        partial_sums(flows(), currency="USD", columns="region")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="'part' must be a PartialSums"):
        finish(flows())
    with pytest.raises(WrongTypeError, match="'first' must be a PartialSums"):
        combine(flows(), partial_sums(flows(), currency="USD"))


def test_currencies_are_checked_and_never_mixed() -> None:
    with pytest.raises(ValidationError):
        trade_tables(flows(), currency="XYZ")
    with pytest.raises(WrongTypeError, match="'currency' must be an ISO 4217 code"):
        trade_tables(flows(), currency=840)  # type: ignore[arg-type]
    usd = partial_sums(flows(), currency="USD")
    rub = partial_sums(flows(), currency="RUB")
    with pytest.raises(CurrencyMismatchError):
        combine(usd, rub)
    other = partial_sums(
        flows().rename({"value": "v"}), currency="USD", columns=FlowColumns(value="v")
    )
    with pytest.raises(ValidationError, match="'second' must be read with the columns of 'first'"):
        combine(usd, other)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"region": ""}, "'region' must not be empty"),
        ({"region": 3}, r"'region' must be a column name \(a str\)"),
        ({"exports": "x", "imports": "x"}, "'imports' must differ from the label of exports"),
    ],
)
def test_flow_columns_are_checked(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises((ValidationError, WrongTypeError), match=match):
        FlowColumns(**kwargs)


def test_an_empty_table_gives_empty_tables() -> None:
    tables = trade_tables(flows().head(0), currency="USD", groups="federal district")
    assert all(
        len(getattr(tables, n)) == 0
        for n in ("balances", "partners", "concentration", "rca", "ranks")
    )
    empty_dask = dd.from_pandas(flows().to_pandas(), npartitions=3)
    assert (
        len(
            trade_tables(
                empty_dask[empty_dask["value"] > 10**9], currency="USD"
            ).balances.compute()
        )
        == 0
    )


def test_groups_by_function_and_by_region_group() -> None:
    def by_letter(region: str, year: int) -> str | None:
        return None if region == "RU-SPE" else f"{region[3]}-{year}"

    tables = trade_tables(flows(), currency="USD", groups=by_letter)
    assert tables.ranks.select("group", "region", "exports_rank").rows() == [
        ("L-2018", "RU-LEN", 1)
    ]
    from regionrel import gazetteer

    nw = gazetteer.group("North-Western Federal District")
    tables = trade_tables(flows(), currency="USD", groups=lambda r, y: nw, rank_method="dense")
    assert tables.ranks.select("group").to_series().unique().to_list() == [nw.name]


def test_bad_groups_are_named_errors() -> None:
    with pytest.raises(ValidationError, match="'groups' must be a group kind"):
        trade_tables(flows(), currency="USD", groups="oblast")
    with pytest.raises(ValidationError, match="'groups' must be a group kind"):
        trade_tables(flows(), currency="USD", groups=3)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="'groups' must return a RegionGroup"):
        trade_tables(flows(), currency="USD", groups=lambda r, y: 3)  # type: ignore[arg-type]
    with pytest.raises(UnknownRegionError):
        trade_tables(flows(region=["Atlantis"] * 3), currency="USD", groups="federal district")
    with pytest.raises(WrongTypeError, match="'region' must hold region codes or names"):
        trade_tables(flows(region=[1, 1, 2]), currency="USD", groups="federal district")
    with pytest.raises(ValidationError, match="'rank_method' must be 'competition' or 'dense'"):
        trade_tables(flows(), currency="USD", groups="federal district", rank_method="olympic")


def test_membership_reads_the_dated_membership() -> None:
    from regionrel.regions import GroupKind

    assert membership("RU-ZAB", 2017, GroupKind.FEDERAL_DISTRICT) == "Siberian Federal District"
    assert membership("RU-ZAB", 2018, "Federal District") == "Far Eastern Federal District"
    assert membership("UZ-FA", 2018, "federal district") is None


def test_dask_partial_sums_do_not_depend_on_the_tree() -> None:
    pandas = (
        pl.concat([flows()] * 20)
        .with_row_index()
        .with_columns(pl.col("value") + pl.col("index").cast(pl.Int64))
        .drop("index")
        .to_pandas()
    )
    ddf = dd.from_pandas(pandas, npartitions=9)
    first = dask_partial_sums(ddf, currency="USD", fan_in=2)
    second = dask_partial_sums(ddf, currency="USD", fan_in=100)
    whole = partial_sums(pandas, currency="USD")
    assert isinstance(first, PartialSums)
    for part in (first, second):
        assert part.total == whole.total
        assert part.rows == whole.rows == 60
        assert finish(part).partners.equals(finish(whole).partners)


def test_nan_and_unsigned_values_past_int64_are_named_errors() -> None:
    with pytest.raises(ValidationError, match="'value' must not hold NaN"):
        trade_tables(flows(value=[1.0, float("nan"), 2.0]), currency="USD", inexact=True)
    huge = flows().with_columns(pl.Series("value", [2**63, 1, 2], dtype=pl.UInt64))
    with pytest.raises(SumOverflowError):
        trade_tables(huge, currency="USD")
    fine = flows().with_columns(pl.col("value").cast(pl.UInt64))
    assert trade_tables(fine, currency="USD").balances.get_column("exports").to_list() == [700, 50]


def test_tables_have_a_short_repr() -> None:
    text = repr(trade_tables(flows(), currency="USD"))
    assert text.startswith(
        "TradeTables(currency='USD', balances=<DataFrame: 2 rows>, partners=<DataFrame: 6 rows>"
    )
    assert text.endswith("ranks=None)")


def test_combine_takes_any_number_of_partial_sums() -> None:
    parts = [partial_sums(flows()[i : i + 1], currency="USD") for i in range(3)]
    assert combine(*parts).total == partial_sums(flows(), currency="USD").total
    with pytest.raises(WrongTypeError, match="'more\\[0\\]' must be a PartialSums"):
        combine(parts[0], parts[1], "x")  # type: ignore[arg-type]


def test_keys_too_far_apart_for_one_int64_are_grouped_as_they_are() -> None:
    # Years 2**61 apart leave no room for one int64 key: the sums are grouped by the
    # columns themselves, with the same result.
    far = flows(year=[-(2**61), -(2**61), 2**61])
    near = flows(year=[2017, 2017, 2018])
    for detail in ("by_partner", "by_product"):
        got = getattr(partial_sums(far, currency="USD"), detail).sort(pl.all())
        want = getattr(partial_sums(near, currency="USD"), detail).sort(pl.all())
        assert got.drop("year").rows() == want.drop("year").rows()
        assert got.schema == want.schema
        years = {-(2**61): 2017, 2**61: 2018}
        assert [years[y] for y in got.get_column("year")] == want.get_column("year").to_list()


def test_text_keys_of_every_kind_give_the_same_sums() -> None:
    plain = partial_sums(flows(), currency="USD")
    for kind in (pl.Categorical, pl.Enum(["RU-SPE", "RU-LEN", "CN", "FI", "2709", "8703"])):
        typed = flows().with_columns(pl.col("region", "partner", "product").cast(kind))
        part = partial_sums(typed, currency="USD")
        assert part.by_partner.sort(pl.all()).rows() == plain.by_partner.sort(pl.all()).rows()
        assert part.by_product.sort(pl.all()).rows() == plain.by_product.sort(pl.all()).rows()
        assert part.by_partner.schema == plain.by_partner.schema
