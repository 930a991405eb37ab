"""Figures beyond the totals: partner groups' and goods groups' shares, ranks at several
levels, physical volumes."""

from __future__ import annotations

from regionrel.audit import FigureKey, TradeReport


def _audit(*statements: tuple[FigureKey, str]) -> list[str]:
    result = TradeReport.from_statements(statements).audit()
    return [f.rule for f in result.errors]


def test_partner_group_shares_of_one_flow_add_up_to_at_most_100() -> None:
    cis, far = (
        FigureKey.group_share("CIS", of="exports"),
        FigureKey.group_share("far abroad", of="exports"),
    )
    eu = FigureKey.group_share("EU", of="exports")
    assert _audit((cis, "20.4%"), (far, "79.6%")) == []
    assert _audit((cis, "20.4%"), (eu, "69.6%")) == []  # a remainder unnamed
    assert _audit((cis, "30.4%"), (eu, "79.6%")) == ["group_shares:exports"]
    # Shares of other flows, and countries' shares, are other sums.
    assert (
        _audit(
            (cis, "60%"),
            (FigureKey.group_share("far abroad", of="imports"), "60%"),
            (FigureKey.share("CN", of="exports"), "60%"),
        )
        == []
    )


def test_goods_group_shares_add_up_and_lie_within_100() -> None:
    machinery = FigureKey.goods_share("machinery", of="imports")
    food = FigureKey.goods_share("food", of="imports")
    assert _audit((machinery, "45%"), (food, "50%")) == []
    result = TradeReport.from_statements([(machinery, "45%"), (food, "65%")]).audit()
    (finding,) = result.errors
    assert finding.rule == "goods_shares:imports"
    assert finding.message.startswith("the goods groups' shares of imports add up to at most 100%")
    assert _audit((machinery, "145%")) == ["range:goods_share:imports:machinery"]


def test_a_goods_share_names_itself() -> None:
    key = FigureKey.parse("goods_share:exports:timber")
    assert key == FigureKey.goods_share("timber", of="exports")
    assert key.label == "timber's share of exports (goods)"
    assert FigureKey.group_share("CIS").label == "CIS's share of turnover (partner group)"


def test_ranks_at_several_levels_are_each_checked_against_their_members() -> None:
    exports = FigureKey.amount("exports")
    in_district = FigureKey.rank("exports", level="PFO")
    in_russia = FigureKey.rank("exports", level="Russia")
    tatarstan = FigureKey.rank_value("exports", "Tatarstan", level="PFO")
    moscow = FigureKey.rank_value("exports", "Moscow", level="Russia")
    consistent = [
        (exports, "100"),
        (in_district, "2"),
        (tatarstan, "300"),
        (in_russia, "5"),
        (moscow, "900"),
    ]
    assert _audit(*consistent) == []
    # First in the district while Tatarstan exports more: that place is wrong.
    assert _audit((exports, "100"), (in_district, "1"), (tatarstan, "300")) == ["rank:exports@PFO"]
    # Moscow's larger exports do not count in the district.
    assert _audit((exports, "100"), (in_district, "1"), (moscow, "900")) == []


def test_a_rank_message_names_its_level() -> None:
    result = TradeReport.from_statements(
        [
            (FigureKey.amount("exports"), "100"),
            (FigureKey.rank("exports", level="PFO"), "1"),
            (FigureKey.rank_value("exports", "Tatarstan", level="PFO"), "300"),
        ]
    ).audit()
    assert result.errors[0].message.startswith(
        "the place in exports among PFO agrees with the other members' exports does not hold"
    )


def test_a_physical_volume_change_is_a_rate_that_cannot_fall_below_minus_100() -> None:
    volume = FigureKey.volume_growth("exports")
    assert _audit((volume, "-1.1%"), (FigureKey.growth("exports"), "+20%")) == []
    assert _audit((volume, "-101%")) == ["range:exports_volume_growth"]
    assert _audit((volume, "-1.1%"), (volume, "+1.1%")) == ["same:exports_volume_ratio"]


def test_the_cis_and_the_far_abroad_make_up_the_whole() -> None:
    """Trade with the CIS and with the far abroad is all trade: shares add up to 100%
    within their rounding, values to the flow."""
    cis, far = (
        FigureKey.group_share("CIS", of="turnover"),
        FigureKey.group_share("far abroad", of="turnover"),
    )
    assert _audit((cis, "23.3%"), (far, "76.7%")) == []
    assert _audit((cis, "33.4%"), (far, "66.7%")) == []  # 33.35 + 66.65, each rounded up
    result = TradeReport.from_statements([(cis, "23.3%"), (far, "66.7%")]).audit()
    (finding,) = result.errors
    assert finding.rule == "group_whole:turnover:CIS"
    assert finding.message.startswith(
        "the shares of turnover of CIS and far abroad add up to 100% does not hold for "
        "CIS's share of turnover (partner group) 23.3%, far abroad's share of turnover "
        "(partner group) 66.7%"
    )
    assert set(result.suspects) == {
        frozenset({"group_share:CIS"}),
        frozenset({"group_share:far abroad"}),
    }
    values = [
        (FigureKey.amount("exports"), "500"),
        (FigureKey.group_value("CIS", of="exports"), "102"),
        (FigureKey.group_value("far abroad", of="exports"), "398"),
    ]
    assert _audit(*values) == []
    assert _audit(*values[:2], (values[2][0], "389")) == ["group_sum:exports:CIS"]


def test_a_group_share_agrees_with_its_value_and_the_flow() -> None:
    exports = FigureKey.amount("exports")
    share = FigureKey.group_share("CIS", of="exports")
    value = FigureKey.group_value("CIS", of="exports")
    assert _audit((exports, "500"), (share, "20.4%"), (value, "102")) == []
    result = TradeReport.from_statements(
        [(exports, "500"), (share, "20.4%"), (value, "112")]
    ).audit()
    assert [f.rule for f in result.errors] == ["group_value:exports:CIS"]
    assert frozenset({"group_value:exports:CIS"}) in result.suspects
    assert FigureKey.parse("group_value:exports:CIS") == value
    assert value.label == "exports with CIS (partner group)"
    assert str(FigureKey.group_value("CIS")) == "group_value:CIS"
