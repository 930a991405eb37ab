"""Rankings in detail: text and records, what rank() keeps, membership dates, claims."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.regions import Region
from regionrel.trade import TradeBalance, TradeFlow
from regionrel.trade.rankings import (
    ClaimCheck,
    IncompleteRankingWarning,
    RankClaim,
    RankedEntry,
    Ranking,
    RankMethod,
    rank,
    rank_values,
)

NWFD = gazetteer.group("North-Western Federal District")
Y2018 = Period.year(2018)
LENINGRAD = gazetteer.get("RU-LEN")
SPB = gazetteer.get("RU-SPE")
KALININGRAD = gazetteer.get("RU-KGD")
A, B, C, D = (Region.of_country(n, alpha2=n * 2) for n in "ABCD")


def usd(amount: int | str) -> Money:
    return Money(amount, "USD")


def tb(region: Region, x: int, m: int, period: Period | None = Y2018) -> TradeBalance:
    return TradeBalance(exports=usd(x), imports=usd(m), reporter=region, period=period)


def all_members(figures: dict[str, tuple[int, int]]) -> list[TradeBalance]:
    members = NWFD.members(on=datetime.date(2018, 12, 31))
    return [tb(r, *figures.get(r.iso_code or "", (0, 0))) for r in members]


# -- Ranking text and records ----------------------------------------------


def test_str_names_flow_group_and_period() -> None:
    ranking = rank_values(
        {LENINGRAD: usd(1234567), SPB: usd(5)}, by="exports", group=NWFD, period=Y2018
    )
    assert str(ranking) == (
        "Ranking by exports in the North-Western Federal District, 2018\n"
        "  1. Leningrad Region: 1.234567 million USD\n"
        "  2. Saint Petersburg: 5 USD"
    )


def test_str_without_group_or_period() -> None:
    ranking = rank_values({A: usd(1), B: usd(1)}, by="imports")
    assert str(ranking) == "Ranking by imports\n  1. A: 1 USD\n  1. B: 1 USD"
    with_period = rank_values({A: usd(2)}, by="turnover", period=Y2018)
    assert str(with_period) == "Ranking by turnover, 2018\n  1. A: 2 USD"
    with_group = rank_values({A: usd(2)}, by="balance", group=NWFD)
    assert str(with_group) == (
        "Ranking by balance in the North-Western Federal District\n  1. A: 2 USD"
    )


def test_records_best_first() -> None:
    ranking = rank_values({A: usd(1), B: usd(3), C: usd(1)}, by="exports", method="dense")
    assert ranking.to_records() == [
        {"rank": 1, "region": "B", "value": Decimal(3), "currency": "USD"},
        {"rank": 2, "region": "A", "value": Decimal(1), "currency": "USD"},
        {"rank": 2, "region": "C", "value": Decimal(1), "currency": "USD"},
    ]


def test_entries_and_lookups() -> None:
    ranking = rank_values({A: usd(1), B: usd(3)}, by="exports")
    assert list(ranking) == [RankedEntry(B, usd(3), 1), RankedEntry(A, usd(1), 2)]
    assert ranking.entries == tuple(ranking)
    assert ranking.entry_of(A) == RankedEntry(A, usd(1), 2)
    assert ranking.rank_of(B) == 1
    assert ranking.at(1) == (B,)
    assert ranking.at(5) == ()
    with pytest.raises(ValidationError) as info:
        ranking.entry_of([])  # type: ignore[arg-type]
    assert info.value.cls == "Ranking"
    assert info.value.field == "region"
    assert info.value.value == []


def test_empty_ranking() -> None:
    ranking = rank_values({}, by="exports")
    assert len(ranking) == 0
    assert list(ranking) == []
    assert str(ranking) == "Ranking by exports"
    assert rank([], by="imports") == Ranking(TradeFlow.IMPORTS, ())


# -- rank_values keeps its arguments ---------------------------------------


def test_rank_values_keeps_flow_method_group_and_period() -> None:
    ranking = rank_values({A: usd(1)}, by=" Exports ", method=" DENSE ", group=NWFD, period=Y2018)
    assert ranking.by is TradeFlow.EXPORTS
    assert ranking.method is RankMethod.DENSE
    assert ranking.group is NWFD
    assert ranking.period == Y2018


def test_rank_values_defaults() -> None:
    ranking = rank_values({A: usd(1)}, by=TradeFlow.BALANCE)
    assert ranking.by is TradeFlow.BALANCE
    assert ranking.method is RankMethod.COMPETITION
    assert ranking.group is None
    assert ranking.period is None


def test_rank_values_competition_skips_after_ties() -> None:
    values = {A: usd(5), B: usd(5), C: usd(5), D: usd(1)}
    assert [e.rank for e in rank_values(values, by="exports")] == [1, 1, 1, 4]
    dense = rank_values(values, by="exports", method=RankMethod.DENSE)
    assert [e.rank for e in dense] == [1, 1, 1, 2]
    assert [e.region for e in dense] == [A, B, C, D]


def test_rank_values_ranks_negative_values_last() -> None:
    values = {A: usd(-3), B: usd(0), C: usd(2)}
    ranking = rank_values(values, by="balance")
    assert [(e.region, e.rank) for e in ranking] == [(C, 1), (B, 2), (A, 3)]


@pytest.mark.parametrize(
    ("function", "call"),
    [
        ("rank_values", lambda: rank_values({}, by="exports", method="ordinal")),
        ("rank", lambda: rank([], by="exports", method=None)),  # type: ignore[arg-type]
    ],
)
def test_bad_method_names_the_function(function: str, call: Callable[[], object]) -> None:
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.cls == function
    assert info.value.field == "method"
    assert str(info.value).startswith(f"{function}: 'method' must be 'competition' or 'dense'")


@pytest.mark.parametrize(
    ("function", "call"),
    [
        ("rank_values", lambda: rank_values({}, by="gdp")),
        ("rank", lambda: rank([], by="gdp")),
    ],
)
def test_bad_flow_names_the_function(function: str, call: Callable[[], object]) -> None:
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.cls == function
    assert info.value.field == "flow"
    assert info.value.value == "gdp"


def test_rank_values_mismatch_names_both_currencies() -> None:
    with pytest.raises(CurrencyMismatchError) as info:
        rank_values({A: usd(1), B: usd(2), C: Money(1, "EUR")}, by="exports")
    assert info.value.cls == "rank_values"
    assert "USD and EUR" in str(info.value)


# -- rank ------------------------------------------------------------------


def test_rank_keeps_method_group_and_period() -> None:
    data = all_members({"RU-SPE": (30, 60), "RU-LEN": (7, 4)})
    ranking = rank(data, by="imports", group=NWFD, method="dense")
    assert ranking.method is RankMethod.DENSE
    assert ranking.by is TradeFlow.IMPORTS
    assert ranking.group is NWFD
    assert ranking.period == Y2018
    assert ranking.rank_of(SPB) == 1
    assert ranking.rank_of(LENINGRAD) == 2
    assert ranking.rank_of(KALININGRAD) == 3  # dense: the nine zeros share the 3rd rank
    assert rank(data, by="imports", group=NWFD).rank_of(KALININGRAD) == 3


def test_rank_without_group_or_period() -> None:
    ranking = rank([tb(A, 1, 0, None), tb(B, 2, 0, None)], by="exports")
    assert ranking.group is None
    assert ranking.period is None
    assert ranking.method is RankMethod.COMPETITION
    assert [e.region for e in ranking] == [B, A]


def test_rank_picks_the_flow_of_each_balance() -> None:
    data = [tb(A, 5, 1), tb(B, 2, 9)]
    assert rank(data, by="exports").entry_of(A).value == usd(5)
    assert rank(data, by="imports").entry_of(A).value == usd(1)
    assert rank(data, by="turnover").entry_of(B).value == usd(11)
    assert rank(data, by="balance").entry_of(B).value == usd(-7)


def test_rank_accepts_any_iterable() -> None:
    ranking = rank(iter([tb(A, 1, 0), tb(B, 2, 0)]), by="exports")
    assert ranking.rank_of(B) == 1


def test_rank_refuses_a_reporter_twice_after_others() -> None:
    with pytest.raises(ValidationError) as info:
        rank([tb(A, 1, 0), tb(B, 1, 0), tb(A, 2, 0)], by="exports")
    assert info.value.field == "balances"
    assert info.value.value == "A"


def test_rank_group_with_explicit_date_and_no_period() -> None:
    data = [tb(r, 1, 1, None) for r in NWFD.members(on=datetime.date(2018, 12, 31))]
    ranking = rank(data, by="exports", group=NWFD, on=datetime.date(2018, 12, 31))
    assert len(ranking) == 11
    assert ranking.period is None


def test_rank_membership_date_defaults_to_the_period_end() -> None:
    # Buryatia joined the Far Eastern district on 2018-11-03.
    far_east = gazetteer.group("Far Eastern Federal District")
    buryatia = gazetteer.get("RU-BU")
    members_at_end = far_east.members(on=datetime.date(2018, 12, 31))
    data = [tb(r, 1, 1) for r in members_at_end]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ranking = rank(data, by="exports", group=far_east)
    assert ranking.rank_of(buryatia) == 1
    with pytest.raises(ValidationError) as info:
        rank(data, by="exports", group=far_east, on=datetime.date(2018, 6, 30))
    assert info.value.cls == "rank"
    assert info.value.field == "reporter"
    assert info.value.value == buryatia
    assert info.value.rule == "must be a member of Far Eastern Federal District on 2018-06-30"


def test_rank_warns_about_each_missing_member_by_name() -> None:
    data = all_members({})
    kept = [b for b in data if b.reporter not in (LENINGRAD, SPB)]
    with pytest.warns(IncompleteRankingWarning) as record:
        ranking = rank(kept, by="exports", group=NWFD)
    assert len(record) == 1
    assert str(record[0].message) == (
        "rank: 2 member(s) of North-Western Federal District have no balance and are left out: "
        + ", ".join(
            r.name for r in NWFD.members(on=datetime.date(2018, 12, 31)) if r in (LENINGRAD, SPB)
        )
    )
    # The warning points at the caller, not inside regionrel (under mutmut, a trampoline
    # frame stands between the two, so the exact file is not asserted).
    import regionrel

    package = Path(regionrel.__file__).resolve().parent
    assert package not in Path(record[0].filename).resolve().parents
    assert len(ranking) == 9


def test_rank_reads_missing_members_on_the_date_of_membership() -> None:
    # Buryatia and Zabaykalsky Krai joined the Far Eastern district in 2018: in 2017
    # its nine members are all there is.
    far_east = gazetteer.group("Far Eastern Federal District")
    members_2017 = far_east.members(on=datetime.date(2017, 12, 31))
    data = [tb(r, 1, 1, Period.year(2017)) for r in members_2017]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ranking = rank(data, by="exports", group=far_east)
    assert len(ranking) == 9
    with pytest.warns(IncompleteRankingWarning) as record:
        rank(data[1:], by="exports", group=far_east)
    assert str(record[0].message) == (
        "rank: 1 member(s) of Far Eastern Federal District have no balance and are left out: "
        + members_2017[0].name
    )


def test_rank_without_missing_members_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ranking = rank(all_members({}), by="exports", group=NWFD)
    assert len(ranking) == 11
    assert ranking.at(1) == tuple(NWFD.members(on=datetime.date(2018, 12, 31)))


def test_rank_refuses_a_balance_without_a_region_reporter() -> None:
    balance = TradeBalance(exports=usd(1), imports=usd(1), reporter=NWFD, period=Y2018)
    with pytest.raises(ValidationError) as info:
        rank([balance], by="exports")
    assert info.value.cls == "rank"
    assert info.value.field == "balances"
    assert info.value.value is balance


def test_rank_mismatch_checks_each_against_the_first() -> None:
    data = [
        tb(A, 1, 0),
        tb(B, 1, 0),
        TradeBalance(exports=Money(1, "RUB"), imports=Money(1, "RUB"), reporter=C, period=Y2018),
    ]
    with pytest.raises(CurrencyMismatchError) as info:
        rank(data, by="exports")
    assert info.value.cls == "rank"
    assert "USD and RUB" in str(info.value)


# -- claims ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2nd in exports", [(2, TradeFlow.EXPORTS)]),
        ("the 2nd place in Export", [(2, TradeFlow.EXPORTS)]),
        ("3rd position in IMPORTS", [(3, TradeFlow.IMPORTS)]),
        ("3rd in import", [(3, TradeFlow.IMPORTS)]),
        ("1st in Turnover", [(1, TradeFlow.TURNOVER)]),
        ("4th in balance", [(4, TradeFlow.BALANCE)]),
        ("the 5th place in Trade Balance", [(5, TradeFlow.BALANCE)]),
        ("6th in trade\n  balance", [(6, TradeFlow.BALANCE)]),
        ("2-й in exports", [(2, TradeFlow.EXPORTS)]),
        (
            "12 in imports; 7th place in turnover",
            [(12, TradeFlow.IMPORTS), (7, TradeFlow.TURNOVER)],
        ),
    ],
)
def test_parse_claims(text: str, expected: list[tuple[int, TradeFlow]]) -> None:
    claims = RankClaim.parse_all(text, region=SPB)
    assert [(c.rank, c.by) for c in claims] == expected
    assert all(c.region == SPB and c.group is None for c in claims)


def test_parse_claims_keep_the_group() -> None:
    (claim,) = RankClaim.parse_all("2nd in exports", region=LENINGRAD, group=NWFD)
    assert claim == RankClaim(LENINGRAD, 2, by="exports", group=NWFD)


def test_parse_claims_refuse_rank_zero() -> None:
    with pytest.raises(ValidationError) as info:
        RankClaim.parse_all("0th in exports", region=SPB)
    assert info.value.cls == "RankClaim"
    assert info.value.field == "rank"


def test_parse_without_a_phrase_names_the_text() -> None:
    with pytest.raises(ValidationError) as info:
        RankClaim.parse_all("exports grew", region=SPB)
    assert info.value.cls == "RankClaim.parse_all"
    assert info.value.field == "text"
    assert info.value.value == "exports grew"


def test_claim_fields_and_defaults() -> None:
    claim = RankClaim(SPB, 1, by=" Imports ")
    assert claim.by is TradeFlow.IMPORTS
    assert claim.group is None
    assert RankClaim(SPB, 3, by=TradeFlow.BALANCE).rank == 3
    with pytest.raises(ValidationError) as info:
        RankClaim(SPB, -1, by="exports")
    assert info.value.value == -1
    assert info.value.rule == "must be 1 or more"
    with pytest.raises(WrongTypeError) as wrong:
        RankClaim(SPB, True, by="exports")
    assert wrong.value.field == "rank"
    assert wrong.value.value is True


def test_check_against_balances_uses_the_method() -> None:
    data = [tb(A, 9, 0), tb(B, 5, 0), tb(C, 5, 0), tb(D, 1, 0)]
    claim = RankClaim(D, 3, by="exports")
    assert not claim.check(data)
    assert claim.check(data).actual == 4
    dense = claim.check(data, method="dense")
    assert dense.holds
    assert dense.actual == 3
    assert dense.ranking.method is RankMethod.DENSE
    assert (
        claim.check(data, method=RankMethod.COMPETITION).ranking.method is RankMethod.COMPETITION
    )


def test_check_against_balances_uses_the_claims_group() -> None:
    data = all_members({"RU-SPE": (30, 60), "RU-LEN": (7, 4)})[:5]
    claim = RankClaim(data[0].reporter, 3, by="exports", group=NWFD)  # type: ignore[arg-type]
    with pytest.warns(IncompleteRankingWarning):
        check = claim.check(data)
    assert check.ranking.group is NWFD
    assert check.ranking.by is TradeFlow.EXPORTS
    with pytest.raises(ValidationError) as info:
        RankClaim(gazetteer.get("RU-MOW"), 1, by="exports", group=NWFD).check(
            [tb(gazetteer.get("RU-MOW"), 1, 1)]
        )
    assert info.value.field == "reporter"


def test_check_results() -> None:
    ranking = rank_values({A: usd(5), B: usd(5), C: usd(1)}, by="exports")
    check = RankClaim(A, 1, by="exports").check(ranking)
    assert check == ClaimCheck(RankClaim(A, 1, by="exports"), 1, ranking)
    assert check.holds is True
    assert bool(check) is True
    assert check.tied_with == (B,)
    assert check.ranking is ranking
    off = RankClaim(C, 2, by="exports").check(ranking)
    assert off.holds is False
    assert bool(off) is False
    assert off.actual == 3
    assert off.tied_with == ()


def test_check_against_a_ranking_of_another_flow() -> None:
    ranking = rank_values({A: usd(5)}, by="turnover")
    with pytest.raises(ValidationError) as info:
        RankClaim(A, 1, by="exports").check(ranking)
    assert info.value.cls == "RankClaim.check"
    assert info.value.field == "against"
    assert info.value.value == "turnover"
    assert info.value.rule == "must rank by exports"


def test_check_of_a_region_not_ranked() -> None:
    ranking = rank_values({A: usd(5)}, by="exports")
    with pytest.raises(ValidationError) as info:
        RankClaim(B, 1, by="exports").check(ranking)
    assert info.value.cls == "Ranking"
    assert info.value.value == B
