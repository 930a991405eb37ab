"""Tests of regionrel.serialize: JSON-safe round trips and one error listing every problem."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionrel import (
    ActionPlan,
    Agreement,
    AuditResult,
    Deadline,
    Event,
    ExchangeRates,
    GoverningBody,
    Measure,
    Money,
    PartnerStructure,
    Period,
    Ranking,
    Region,
    RegionGroup,
    Reported,
    TradeBalance,
    TradeChange,
    TradeReport,
    TradeSeries,
    from_dict,
    to_dict,
)
from tests.strategies import serialize as ss
from tests.strategies.relations import agreements, deadlines

CASES: list[tuple[type, st.SearchStrategy[Any]]] = [
    (Money, ss.any_money),
    (Period, ss.periods),
    (Reported, ss.reported_with_span()),
    (Region, ss.any_regions),
    (RegionGroup, ss.any_groups),
    (GoverningBody, ss.bodies),
    (Agreement, agreements()),
    (Deadline, deadlines()),
    (Measure, ss.measures()),
    (ActionPlan, ss.action_plans()),
    (Event, ss.events()),
    (TradeBalance, ss.trade_balances()),
    (TradeChange, ss.trade_changes()),
    (TradeSeries, ss.trade_series()),
    (PartnerStructure, ss.partner_structures()),
    (Ranking, ss.rankings()),
    (ExchangeRates, ss.exchange_rate_tables()),
    (TradeReport, ss.trade_reports()),
    (AuditResult, ss.audit_results),
]


def _only_json_types(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _only_json_types(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_only_json_types(v) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


@pytest.mark.parametrize(("cls", "strategy"), CASES, ids=[c.__name__ for c, _ in CASES])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_through_json(
    cls: type, strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    value = data.draw(strategy)
    assert type(value) is cls
    row = to_dict(value)
    assert isinstance(row, dict)
    assert _only_json_types(row)
    back = from_dict(cls, json.loads(json.dumps(row)))
    assert back == value
    assert to_dict(back) == row
