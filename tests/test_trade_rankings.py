"""Rankings of a group's regions, ties, and rank claims such as "2nd in exports"."""

from __future__ import annotations

import datetime
import itertools
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.regions import Region
from regionrel.trade import TradeBalance
from regionrel.trade.rankings import (
    IncompleteRankingWarning,
    RankClaim,
    RankMethod,
    rank,
    rank_values,
)

NWFD = gazetteer.group("North-Western Federal District")
Y2018 = Period.year(2018)
MEMBERS = NWFD.members(on=datetime.date(2018, 12, 31))
LENINGRAD = gazetteer.get("RU-LEN")
SPB = gazetteer.find("Saint Petersburg")
# Made-up figures (million USD) in which the Leningrad Region is 2nd in exports, 3rd in imports.
FIGURES = {"RU-SPE": (30, 60), "RU-LEN": (7, 4), "RU-KGD": (2, 5), "RU-ARK": (1, 1)}


def balances(figures: dict[str, tuple[int, int]] = FIGURES) -> list[TradeBalance]:
    result = []
    for region in MEMBERS:
        x, m = figures.get(region.iso_code or "", (0, 0))
        result.append(
            TradeBalance(
                exports=Money(x, "USD"), imports=Money(m, "USD"), reporter=region, period=Y2018
            )
        )
    return result


def test_seed_claims_hold() -> None:
    claims = RankClaim.parse_all(
        "In the North-West Federal District, the Leningrad Region took the 2nd place in exports and the 3rd place in imports.",
        region=LENINGRAD,
        group=NWFD,
    )
    assert [(c.rank, c.by.value) for c in claims] == [(2, "exports"), (3, "imports")]
    data = balances()
    checks = [c.check(data) for c in claims]
    assert all(checks)
    assert checks[0].actual == 2
    assert checks[0].tied_with == ()
    wrong = RankClaim(LENINGRAD, 1, by="exports", group=NWFD).check(data)
    assert not wrong.holds
    assert wrong.actual == 2


def test_ranking_by_each_flow() -> None:
    data = balances()
    by_exports = rank(data, by="exports", group=NWFD)
    assert len(by_exports) == 11
    assert by_exports.rank_of(SPB) == 1
    assert by_exports.period == Y2018
    assert by_exports.group is NWFD
    assert rank(data, by="turnover", group=NWFD).rank_of(LENINGRAD) == 2
    # By balance, the largest surplus first: Leningrad +3, zeros, then deficits.
    by_balance = rank(data, by="balance", group=NWFD)
    assert by_balance.rank_of(LENINGRAD) == 1
    assert by_balance.rank_of(SPB) == 11
    assert by_balance.entry_of(SPB).value == Money(-30, "USD")


def test_ties_competition_and_dense() -> None:
    a, b, c, d = (Region.of_country(n, alpha2=n * 2) for n in "ABCD")
    values = {a: Money(9, "USD"), b: Money(5, "USD"), c: Money(5, "USD"), d: Money(1, "USD")}
    comp = rank_values(values, by="exports")
    assert [e.rank for e in comp] == [1, 2, 2, 4]
    assert comp.at(3) == ()
    assert comp.at(2) == (b, c)
    dense = rank_values(values, by="exports", method="dense")
    assert [e.rank for e in dense] == [1, 2, 2, 3]
    assert dense.method is RankMethod.DENSE
    check = RankClaim(b, 2, by="exports").check(comp)
    assert check.holds
    assert check.tied_with == (c,)


def test_membership_as_of_the_period() -> None:
    # Buryatia moved to the Far Eastern district on 03.11.2018.
    far_east = gazetteer.group("Far Eastern Federal District")
    buryatia = gazetteer.get("RU-BU")
    tb = TradeBalance(
        exports=Money(1, "USD"), imports=Money(1, "USD"), reporter=buryatia, period=Y2018
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", IncompleteRankingWarning)
        assert rank([tb], by="exports", group=far_east).rank_of(buryatia) == 1
        with pytest.raises(
            ValidationError, match="must be a member of Far Eastern Federal District on 2018-01-01"
        ):
            rank([tb], by="exports", group=far_east, on=datetime.date(2018, 1, 1))


def test_missing_members_warn() -> None:
    data = balances()[:5]
    with pytest.warns(
        IncompleteRankingWarning,
        match="6 member\\(s\\) of North-Western Federal District have no balance",
    ):
        ranking = rank(data, by="exports", group=NWFD)
    assert len(ranking) == 5


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: rank([1], by="exports"),  # type: ignore[list-item]
            WrongTypeError,
            "rank: 'balances' must hold TradeBalance values (got 1)",
        ),
        (
            lambda: rank(balances(), by="gdp"),
            ValidationError,
            "rank: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')",
        ),
        (
            lambda: rank(balances(), by="exports", method="olympic"),
            ValidationError,
            "rank: 'method' must be 'competition' or 'dense' (got 'olympic')",
        ),
        (
            lambda: rank(balances()[:1] * 2, by="exports"),
            ValidationError,
            "rank: 'balances' must not hold a reporter twice (got 'Republic of Karelia')",
        ),
        (
            lambda: rank(
                [TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"))], by="exports"
            ),
            ValidationError,
            "rank: 'balances' must each have a reporter Region (got TradeBalance(exports=Money('1', 'USD'), imports=Money('1', 'USD')))",
        ),
        (
            lambda: rank(
                [
                    *balances()[:1],
                    TradeBalance(
                        exports=Money(1, "EUR"),
                        imports=Money(1, "EUR"),
                        reporter=SPB,
                        period=Y2018,
                    ),
                ],
                by="exports",
            ),
            CurrencyMismatchError,
            "rank: cannot apply '<' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: rank(
                [
                    *balances()[:1],
                    TradeBalance(
                        exports=Money(1, "USD"),
                        imports=Money(1, "USD"),
                        reporter=SPB,
                        period=Period.year(2017),
                    ),
                ],
                by="exports",
            ),
            ValidationError,
            "rank: 'balances' must all cover the period 2018 (got '2017')",
        ),
        (
            lambda: rank(
                [
                    *balances()[:1],
                    TradeBalance(
                        exports=Money(1, "USD"),
                        imports=Money(1, "USD"),
                        reporter=SPB,
                        partner=LENINGRAD,
                        period=Y2018,
                    ),
                ],
                by="exports",
            ),
            ValidationError,
            f"rank: 'balances' must all have the partner WORLD (got {LENINGRAD!r})",
        ),
        (
            lambda: rank(balances(), by="exports", group="NWFD"),  # type: ignore[arg-type]
            WrongTypeError,
            "rank: 'group' must be a RegionGroup or None (got 'NWFD')",
        ),
        (
            lambda: rank(
                [TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"), reporter=SPB)],
                by="exports",
                group=NWFD,
            ),
            ValidationError,
            "rank: 'on' is needed: the balances have no period to read the group's membership on",
        ),
        (
            lambda: rank(
                [
                    TradeBalance(
                        exports=Money(1, "USD"),
                        imports=Money(1, "USD"),
                        reporter=gazetteer.get("RU-MOW"),
                        period=Y2018,
                    )
                ],
                by="exports",
                group=NWFD,
            ),
            ValidationError,
            f"rank: 'reporter' must be a member of North-Western Federal District on 2018-12-31 (got {gazetteer.get('RU-MOW')!r})",
        ),
        (
            lambda: rank_values({"A": Money(1, "USD")}, by="exports"),  # type: ignore[dict-item]
            WrongTypeError,
            "rank_values: 'values' must be keyed by Region (got 'A')",
        ),
        (
            lambda: rank_values({SPB: 1}, by="exports"),  # type: ignore[dict-item]
            WrongTypeError,
            "rank_values: 'values[Saint Petersburg]' must be a Money (got 1)",
        ),
        (
            lambda: rank_values({SPB: Money(1, "USD"), LENINGRAD: Money(1, "EUR")}, by="exports"),
            CurrencyMismatchError,
            "rank_values: cannot apply '<' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: rank_values({SPB: Money(1, "USD")}, by="exports").rank_of(LENINGRAD),
            ValidationError,
            f"Ranking: 'region' is not in the ranking (got {LENINGRAD!r})",
        ),
        (
            lambda: RankClaim(SPB, 0, by="exports"),
            ValidationError,
            "RankClaim: 'rank' must be 1 or more (got 0)",
        ),
        (
            lambda: RankClaim(SPB, "2", by="exports"),  # type: ignore[arg-type]
            WrongTypeError,
            "RankClaim: 'rank' must be an int (got '2')",
        ),
        (
            lambda: RankClaim("SPB", 2, by="exports"),  # type: ignore[arg-type]
            WrongTypeError,
            "RankClaim: 'region' must be a Region (got 'SPB')",
        ),
        (
            lambda: RankClaim(SPB, 2, by="gdp"),
            ValidationError,
            "RankClaim: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')",
        ),
        (
            lambda: RankClaim.parse_all("first in line", region=SPB),
            ValidationError,
            "RankClaim.parse_all: 'text' must hold a phrase such as '2nd place in exports' (got 'first in line')",
        ),
        (
            lambda: RankClaim.parse_all(2, region=SPB),  # type: ignore[arg-type]
            WrongTypeError,
            "RankClaim.parse_all: 'text' must be a str (got 2)",
        ),
        (
            lambda: RankClaim(SPB, 1, by="imports").check(
                rank_values({SPB: Money(1, "USD")}, by="exports")
            ),
            ValidationError,
            "RankClaim.check: 'against' must rank by imports (got 'exports')",
        ),
    ],
)
def test_bad_input(call: object, error: type[RegionrelError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


def test_parse_claim_variants() -> None:
    claims = RankClaim.parse_all(
        "ranked 1st in turnover, 4th position in trade balance and 2 in export", region=SPB
    )
    assert [(c.rank, c.by.value) for c in claims] == [
        (1, "turnover"),
        (4, "balance"),
        (2, "exports"),
    ]


@given(
    st.lists(st.integers(0, 20), min_size=1, max_size=30),
    st.sampled_from(["competition", "dense"]),
)
def test_ranks_follow_values(values: list[int], method: str) -> None:
    regions = [
        Region.of_country(f"R{i}", alpha2=f"{chr(65 + i // 26)}{chr(65 + i % 26)}")
        for i in range(len(values))
    ]
    ranking = rank_values(
        {r: Money(v, "USD") for r, v in zip(regions, values, strict=True)},
        by="exports",
        method=method,
    )
    entries = list(ranking)
    assert entries[0].rank == 1
    for a, b in itertools.pairwise(entries):
        assert a.value >= b.value
        assert (a.rank == b.rank) == (a.value == b.value)
    if method == "competition":
        for e in entries:
            assert e.rank == 1 + sum(1 for v in values if v > e.value.amount)
    else:
        for e in entries:
            assert e.rank == 1 + len({v for v in values if v > e.value.amount})
