"""The columnar layer against hand-written polars (lazy) and pandas code, at scale.

``make bench-scale`` runs ``python benchmarks/bench_columnar.py 1e5 1e6 1e7``: for each
size it generates synthetic flows (85 regions with their federal districts, 200
partners, 1,200 HS4 products, 25 years with gaps, lognormal values in integer minor
units, most combinations missing), writes them to Parquet once, and then measures in a
fresh process each: the time and the peak memory (resident set sampled every 2 ms,
above what the process held once the flows were loaded) of one computation of the
whole indicator set (balances and growth, partner shares and the three HHIs, RCA
against the national total, Grubel-Lloyd per product and aggregated, ranks within
the federal district), by regionrel.columnar and by the hand-written baselines.

``--dask ROWS`` writes ROWS flows as Parquet files of 1e6 rows each and runs the
layer over them with ``dask.dataframe.read_parquet`` (2 threads).

``make bench`` imports this module and runs only the 1e5 size (:func:`run`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _harness import Row  # noqa: E402

REGIONS = 85
PARTNERS = 200
PRODUCTS = 1200
YEARS = range(2000, 2025)
SEED = 17


def region_codes() -> list[str]:
    """The 85 federal subjects' codes, which the gazetteer places in federal districts."""
    from regionrel import gazetteer

    codes = [r.iso_code for r in gazetteer.regions(country="RU")]
    return [c for c in codes if c is not None and c != "RU"][:REGIONS]


def generate(rows: int, seed: int = SEED) -> Any:
    """Synthetic flows as a polars DataFrame: lognormal values, gaps between years."""
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(seed)
    codes = np.array(region_codes())
    region = rng.integers(0, len(codes), rows)
    year = rng.integers(0, len(YEARS), rows)
    # Every region misses two years (a gap the growth rates must not bridge).
    missing = rng.integers(0, len(YEARS), (len(codes), 2))
    keep = (year != missing[region, 0]) & (year != missing[region, 1])
    partner = rng.zipf(1.3, rows) % PARTNERS
    product = rng.integers(0, PRODUCTS, rows)
    flow = rng.random(rows) < 0.55
    value = np.round(rng.lognormal(11.0, 2.5, rows)).astype(np.int64)
    frame = pl.DataFrame(
        {
            "region": codes[region],
            "partner": np.char.add("P", partner.astype(str)),
            "product": np.char.zfill(product.astype(str), 4),
            "year": (year + YEARS.start).astype(np.int64),
            "flow": np.where(flow, "exports", "imports"),
            "value": value,
        }
    )
    return frame.filter(pl.Series(keep))


def membership_table(codes: list[str]) -> Any:
    """Region, year and federal district, from the gazetteer's dated membership."""
    import polars as pl

    from regionrel.columnar import membership

    rows = [
        (code, year, membership(code, year, "federal district"))
        for code in codes
        for year in YEARS
    ]
    return pl.DataFrame(rows, schema=["region", "year", "group"], orient="row")


# -- the hand-written baselines ---------------------------------------------------------


def baseline_polars(lf: Any, groups: Any) -> list[Any]:
    """What a competent analyst writes in polars (lazy), floats for every ratio."""
    import polars as pl

    v, f = pl.col("value"), pl.col("flow")
    xm = [v.filter(f == "exports").sum().alias("x"), v.filter(f == "imports").sum().alias("m")]
    x, m = pl.col("x"), pl.col("m")
    bal = (
        lf.group_by("region", "year")
        .agg(xm)
        .sort("region", "year")
        .with_columns(turnover=x + m, balance=x - m, coverage=x / m)
    )
    consecutive = pl.col("year").diff().over("region") == 1
    bal = bal.with_columns(
        [
            pl.when(consecutive).then(c / c.shift().over("region") - 1).alias(f"{n}_growth")
            for n, c in (("exports", x), ("imports", m), ("turnover", pl.col("turnover")))
        ]
        + [
            pl.when(consecutive)
            .then(pl.col("balance").diff().over("region"))
            .alias("balance_change")
        ]
    )
    by_partner = lf.group_by("region", "year", "partner").agg(xm)
    long = pl.concat(
        [
            by_partner.select(
                "region", "year", "partner", pl.lit(n).alias("flow"), c.alias("value")
            )
            for n, c in (("exports", x), ("imports", m), ("turnover", x + m))
        ]
    ).filter(pl.col("value") > 0)
    shares = long.with_columns(share=v / v.sum().over("region", "year", "flow"))
    n = pl.col("partners")
    conc = (
        shares.group_by("region", "year", "flow")
        .agg((pl.col("share") ** 2).sum().alias("hhi"), pl.len().alias("partners"))
        .with_columns(
            hhi_normalized=pl.when(n == 1)
            .then(1.0)
            .otherwise((pl.col("hhi") - 1 / n) / (1 - 1 / n)),
            hhi_unctad=pl.when(n == 1)
            .then(1.0)
            .otherwise((pl.col("hhi").sqrt() - (1 / n).sqrt()) / (1 - (1 / n).sqrt())),
        )
    )
    by_product = lf.group_by("region", "year", "product").agg(xm)
    xi = x.sum().over("region", "year")
    xw = x.sum().over("year", "product")
    xw_total = x.sum().over("year")
    rca = by_product.with_columns(rca=(x / xi) / (xw / xw_total)).filter(x > 0)
    gl = by_product.filter(x + m > 0).with_columns(grubel_lloyd=1 - (x - m).abs() / (x + m))
    gl_all = by_product.group_by("region", "year").agg(
        (1 - (x - m).abs().sum() / (x + m).sum()).alias("grubel_lloyd")
    )
    ranks = bal.join(groups.lazy(), on=["region", "year"]).select(
        "group",
        "year",
        "region",
        *(
            pl.col(c).rank("min", descending=True).over("group", "year").alias(f"{c}_rank")
            for c in ("x", "m", "turnover", "balance")
        ),
    )
    return pl.collect_all([bal, shares, conc, rca, gl, gl_all, ranks])


def baseline_pandas(df: Any, groups: Any) -> list[Any]:
    """What a competent analyst writes in pandas: groupby, transform, merge."""
    import numpy as np

    exports = df["flow"] == "exports"
    df = df.assign(x=df["value"].where(exports, 0), m=df["value"].where(~exports, 0))
    bal = df.groupby(["region", "year"], sort=True)[["x", "m"]].sum().reset_index()
    bal["turnover"] = bal["x"] + bal["m"]
    bal["balance"] = bal["x"] - bal["m"]
    with np.errstate(divide="ignore", invalid="ignore"):
        bal["coverage"] = bal["x"] / bal["m"]
        g = bal.groupby("region")
        consecutive = g["year"].diff() == 1
        for name, col in (("exports", "x"), ("imports", "m"), ("turnover", "turnover")):
            bal[f"{name}_growth"] = (bal[col] / g[col].shift() - 1).where(consecutive)
        bal["balance_change"] = g["balance"].diff().where(consecutive)
        by_partner = df.groupby(["region", "year", "partner"], sort=False)[["x", "m"]].sum()
        by_partner["turnover"] = by_partner["x"] + by_partner["m"]
        long = (
            by_partner.rename(columns={"x": "exports", "m": "imports"})
            .melt(ignore_index=False, var_name="flow", value_name="value")
            .reset_index()
        )
        long = long[long["value"] > 0]
        long["share"] = long["value"] / long.groupby(["region", "year", "flow"])[
            "value"
        ].transform("sum")
        long["sq"] = long["share"] ** 2
        conc = long.groupby(["region", "year", "flow"]).agg(
            hhi=("sq", "sum"), partners=("sq", "size")
        )
        n = conc["partners"]
        conc["hhi_normalized"] = np.where(n == 1, 1.0, (conc["hhi"] - 1 / n) / (1 - 1 / n))
        root = np.sqrt(1 / n)
        conc["hhi_unctad"] = np.where(n == 1, 1.0, (np.sqrt(conc["hhi"]) - root) / (1 - root))
        prod = (
            df.groupby(["region", "year", "product"], sort=False)[["x", "m"]].sum().reset_index()
        )
        xi = prod.groupby(["region", "year"])["x"].transform("sum")
        xw = prod.groupby(["year", "product"])["x"].transform("sum")
        xw_total = prod.groupby("year")["x"].transform("sum")
        prod["rca"] = (prod["x"] / xi) / (xw / xw_total)
        rca = prod[prod["x"] > 0]
        trade = prod["x"] + prod["m"]
        prod["gap"] = (prod["x"] - prod["m"]).abs()
        prod["trade"] = trade
        gl = prod[trade > 0].assign(grubel_lloyd=1 - prod["gap"] / trade)
        sums = prod.groupby(["region", "year"])[["gap", "trade"]].sum()
        gl_all = 1 - sums["gap"] / sums["trade"]
    ranked = bal.merge(groups, on=["region", "year"])
    for col in ("x", "m", "turnover", "balance"):
        ranked[f"{col}_rank"] = ranked.groupby(["group", "year"])[col].rank(
            method="min", ascending=False
        )
    return [bal, long, conc, rca, gl, gl_all, ranked]


# -- measuring in a fresh process -------------------------------------------------------


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _measure(func: Callable[[], object]) -> tuple[float, int, float]:
    """Seconds, peak resident bytes above the start (sampled every 2 ms), and CPU seconds.

    The CPU seconds (all threads) say how much work was done when other processes
    share the cores and stretch the wall time.
    """
    start_rss = _rss()
    peak = [start_rss]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.002)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    t0, c0 = time.perf_counter(), time.process_time()
    func()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    done.set()
    thread.join()
    peak[0] = max(peak[0], _rss())
    return seconds, peak[0] - start_rss, cpu


def child(engine: str, path: str, repeat: int) -> None:
    """Load the flows of *path* for *engine*, run it *repeat* times, print JSON."""
    import polars as pl

    from regionrel.columnar import trade_tables

    groups = membership_table(region_codes())
    pd_groups = groups.to_pandas()
    if engine.endswith("pandas"):
        import pandas as pd

        data: Any = pd.read_parquet(path)
    elif engine == "dask":
        import dask
        import dask.dataframe as dd

        dask.config.set(scheduler="threads", num_workers=2)
        data = dd.read_parquet(path)
    else:
        data = pl.read_parquet(path)
    jobs: dict[str, Callable[[], object]] = {
        "layer-polars": lambda: trade_tables(
            data.lazy(), currency="USD", groups="federal district"
        ).balances.collect(),
        "baseline-polars": lambda: baseline_polars(data.lazy(), groups),
        "layer-pandas": lambda: trade_tables(data, currency="USD", groups="federal district"),
        "baseline-pandas": lambda: baseline_pandas(data, pd_groups),
        "dask": lambda: trade_tables(data, currency="USD", groups="federal district"),
    }
    job = jobs[engine]
    _release_free_memory()
    loaded = _rss()
    results = [_measure(job) for _ in range(repeat)]
    seconds = min(r[0] for r in results)
    memory = max(r[1] for r in results)
    cpu = min(r[2] for r in results)
    result = {"seconds": seconds, "memory": memory, "cpu": cpu, "loaded": loaded}
    print(json.dumps({**result, "rows": _rows(data)}))


def _release_free_memory() -> None:
    """Hand memory freed while loading back to the system, so the start RSS is the data's."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(ImportError):  # pyarrow comes with the dask extra
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _rows(data: Any) -> int:
    try:
        return len(data)
    except TypeError:
        return -1


def _run_child(engine: str, path: str, repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", engine, path, str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure_size(rows: int, folder: Path, engines: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Generate *rows* flows into *folder* and measure every engine on them."""
    path = folder / f"flows_{rows}.parquet"
    if not path.exists():
        generate(rows).write_parquet(path)
    repeat = 3 if rows <= 1_000_000 else 1
    return {engine: _run_child(engine, str(path), repeat) for engine in engines}


def _mb(n: float) -> str:
    return f"{n / 2**20:.0f} MB"


def report(rows: int, found: dict[str, dict[str, float]]) -> None:
    """Print one size's figures: each engine's layer beside its baseline, and the ratios."""
    print(f"\n== {rows:.0e} flows ({int(found['layer-polars']['rows']):,} rows after the gaps)")
    for engine in ("polars", "pandas"):
        layer, base = found.get(f"layer-{engine}"), found.get(f"baseline-{engine}")
        if layer is None or base is None:
            continue
        print(
            f"  {engine:<7} layer    {layer['seconds']:7.3f} s (cpu {layer['cpu']:7.3f} s)"
            f" {_mb(layer['memory'])} above the data ({_mb(layer['loaded'])})"
            f"\n          baseline {base['seconds']:7.3f} s (cpu {base['cpu']:7.3f} s)"
            f" {_mb(base['memory'])} above the data ({_mb(base['loaded'])})"
            f"\n          ratio    x{layer['seconds'] / base['seconds']:.2f} time,"
            f" x{layer['cpu'] / base['cpu']:.2f} cpu, x{layer['memory'] / max(base['memory'], 1):.2f} memory"
        )
    fastest = min(
        (k for k in found if k.startswith("baseline-")), key=lambda k: found[k]["seconds"]
    )
    best = min((k for k in found if k.startswith("layer-")), key=lambda k: found[k]["seconds"])
    t = found[best]["seconds"] / found[fastest]["seconds"]
    mem = found[best]["memory"] / max(found[fastest]["memory"], 1)
    print(
        f"  fastest layer ({best}) / fastest baseline ({fastest}): time x{t:.2f}, memory x{mem:.2f}"
    )
    print("  targets at 1e6 and 1e7: time <= x1.00, memory <= x1.50")


def write_dask_files(rows: int, folder: Path, per_file: int = 1_000_000) -> Path:
    """Write *rows* flows as Parquet files of *per_file* rows (a new seed per file)."""
    target = folder / f"flows_dask_{rows}"
    target.mkdir(exist_ok=True)
    for i in range(-(-rows // per_file)):
        path = target / f"part-{i:04d}.parquet"
        if not path.exists():
            generate(min(per_file, rows - i * per_file), seed=SEED + i).write_parquet(path)
    return target


def run() -> list[Row]:
    """The ``make bench`` figure: 1e5 flows, the layer beside the fastest baseline."""
    with tempfile.TemporaryDirectory() as folder:
        found = measure_size(100_000, Path(folder), ("layer-polars", "baseline-polars"))
    layer, base = found["layer-polars"], found["baseline-polars"]
    return [
        Row(
            "columnar indicators, 1e5 flows (polars lazy)",
            layer["seconds"],
            "hand-written polars lazy",
            base["seconds"],
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[1e5, 1e6, 1e7])
    parser.add_argument(
        "--folder", type=Path, default=None, help="where to keep the Parquet files"
    )
    parser.add_argument(
        "--engines", default="layer-polars,baseline-polars,layer-pandas,baseline-pandas"
    )
    parser.add_argument(
        "--dask", type=float, default=0, help="rows for the Dask run over Parquet files"
    )
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="regionrel-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    engines = tuple(args.engines.split(","))
    for size in args.sizes:
        report(int(size), measure_size(int(size), folder, engines))
    if args.dask:
        target = write_dask_files(int(args.dask), folder)
        found = _run_child("dask", str(target), 1)
        print(
            f"\n== Dask over {int(args.dask):.0e} flows in Parquet files of 1e6 rows (2 threads)"
        )
        print(
            f"  layer {found['seconds']:8.1f} s (cpu {found['cpu']:8.1f} s)"
            f" {_mb(found['memory'])} peak above the start"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()
