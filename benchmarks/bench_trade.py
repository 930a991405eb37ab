"""Trade: a balance and its indicators against pint and plain floats; partner structures; rankings."""

from __future__ import annotations

from decimal import Decimal

import attrs
from _harness import Row, per_call

from regionrel import gazetteer
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.regions import RegionKind
from regionrel.trade import PartnerStructure, TradeBalance, rank
from regionrel.units import registry


@attrs.frozen
class FloatBalance:
    """The baseline: a plain frozen attrs class holding floats."""

    exports: float
    imports: float

    @property
    def turnover(self) -> float:
        return self.exports + self.imports

    @property
    def balance(self) -> float:
        return self.exports - self.imports

    @property
    def coverage(self) -> float:
        return self.exports / self.imports

    @property
    def exceed(self) -> float:
        return self.exports / self.imports - 1

    @property
    def export_share(self) -> float:
        return self.exports / (self.exports + self.imports)

    @property
    def import_share(self) -> float:
        return self.imports / (self.exports + self.imports)


def _balance_run() -> object:
    tb = TradeBalance(exports=EXPORTS, imports=IMPORTS)
    return (
        tb.turnover,
        tb.balance,
        tb.coverage,
        tb.exports_exceed_imports_by,
        tb.export_share,
        tb.import_share,
    )


def _float_run() -> object:
    fb = FloatBalance(7109.0, 4115.9)
    return (fb.turnover, fb.balance, fb.coverage, fb.exceed, fb.export_share, fb.import_share)


EXPORTS = Money("7109000000", "USD")
IMPORTS = Money("4115900000", "USD")


def _pint_run_factory() -> object:
    ureg = registry()
    x_q = ureg.Quantity(Decimal("7109000000"), "USD")
    m_q = ureg.Quantity(Decimal("4115900000"), "USD")

    def run() -> object:
        x, m = ureg.Quantity(x_q.magnitude, "USD"), ureg.Quantity(m_q.magnitude, "USD")
        turnover = x + m
        return (
            turnover,
            x - m,
            (x / m).magnitude,
            (x / m).magnitude - 1,
            (x / turnover).magnitude,
            (m / turnover).magnitude,
        )

    return run


def run() -> list[Row]:
    """Measure and return the rows; prints nothing."""
    ours = per_call(_balance_run)
    floats = per_call(_float_run)
    pint_time = per_call(_pint_run_factory())  # type: ignore[arg-type]
    rows = [
        Row(
            "TradeBalance build + 6 indicators",
            ours,
            "pint Quantities, same work",
            pint_time,
            target=">= 10x faster than pint",
            ok=pint_time / ours >= 10,
        ),
        Row(
            "TradeBalance build + 6 indicators",
            ours,
            "frozen attrs class of floats",
            floats,
            target="within 4x of floats",
            ok=ours / floats <= 4,
        ),
    ]

    values = {f"Partner {i}": Money(1000 + 37 * i, "USD") for i in range(200)}

    def structure() -> object:
        ps = PartnerStructure.from_values(values)
        return (ps.hhi(), ps.hhi_normalized(), ps.hhi_unctad(), ps.hhi_bounds(), ps.top(10))

    t = per_call(structure)
    rows.append(Row("PartnerStructure of 200 + every measure", t, target="< 1 ms", ok=t < 1e-3))

    subjects = [r for r in gazetteer.regions(country="RU") if r.kind is not RegionKind.COUNTRY][
        :85
    ]
    y2018 = Period.year(2018)
    balances = [
        TradeBalance(
            exports=Money(1000 + (i * 7919) % 5000, "USD"),
            imports=Money(500 + (i * 104729) % 3000, "USD"),
            reporter=r,
            period=y2018,
        )
        for i, r in enumerate(subjects)
    ]

    def ranking() -> object:
        return rank(balances, by="turnover")

    t = per_call(ranking)
    rows.append(Row(f"rank {len(balances)} regions by turnover", t, target="< 1 ms", ok=t < 1e-3))
    nwfd = gazetteer.group("North-Western Federal District")
    members = set(nwfd.members(on=y2018.end))
    district = [b for b in balances if b.reporter in members]

    def district_ranking() -> object:
        return rank(district, by="exports", group=nwfd)

    t = per_call(district_ranking)
    rows.append(
        Row(f"rank {len(district)} NWFD members (membership)", t, target="< 1 ms", ok=t < 1e-3)
    )
    return rows
