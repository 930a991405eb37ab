"""Tables: to_records on every collection, to_frame through pandas, and the missing-extra error."""

from __future__ import annotations

import datetime
import sys
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit import AuditResult
from regionrel.errors import RegionrelError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan
from regionrel.profile import RegionRelations
from regionrel.regions import RegionKind
from regionrel.tables import MissingExtraError, Tabular, plain, require, to_frame
from regionrel.text import extract
from regionrel.trade import PartnerStructure, TradeBalance, rank
from tests import _display_objects as seed

KURSK_2018 = TradeBalance(
    Money(9, "USD"), Money(1, "USD"), reporter=seed.KURSK, period=Period.year(2018)
)
RANKING = rank([seed.balance(2018, 5, 1), KURSK_2018], by="exports")
EXTRACTION = extract("In 2018, exports amounted to 7,109 million US dollars.")

COLLECTIONS: dict[str, Tabular] = {
    "ActionPlan": seed.PLAN,
    "AuditResult": seed.AUDIT,
    "Extraction": EXTRACTION,
    "PartnerStructure": seed.PARTNERS,
    "Ranking": RANKING,
    "RegionRelations": seed.RELATIONS,
    "TradeSeries": seed.SERIES,
}

SCALARS = (str, int, float, bool, Decimal, datetime.date, type(None))


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
def test_records_are_lists_of_plain_dicts_with_the_declared_columns(name: str) -> None:
    collection = COLLECTIONS[name]
    records = collection.to_records()
    assert records, name
    for row in records:
        assert tuple(row) == collection._columns
        assert all(isinstance(v, SCALARS) for v in row.values()), row


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
def test_frame_has_the_records_as_rows(name: str) -> None:
    collection = COLLECTIONS[name]
    frame = collection.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(collection._columns)
    assert frame.astype(object).where(frame.notna(), None).to_dict("records") == (
        collection.to_records()
    )


def test_partner_structure_records() -> None:
    assert seed.PARTNERS.to_records() == [
        {"partner": "the PRC", "share": 0.156, "amount": None, "currency": None},
        {"partner": "Finland", "share": pytest.approx(0.074), "amount": None, "currency": None},
    ]
    by_value = PartnerStructure.from_values(
        {seed.KURSK: Money(3, "EUR"), "Finland": Money(1, "EUR")}
    )
    assert by_value.to_records() == [
        {"partner": "Kursk Region", "share": 0.75, "amount": Decimal(3), "currency": "EUR"},
        {"partner": "Finland", "share": 0.25, "amount": Decimal(1), "currency": "EUR"},
    ]


def test_trade_series_records() -> None:
    assert seed.SERIES.to_records() == [
        {
            "period": "2016",
            "exports": Decimal(4_000_000_000),
            "imports": Decimal(3_000_000_000),
            "balance": Decimal(1_000_000_000),
            "turnover": Decimal(7_000_000_000),
            "currency": "USD",
        },
        {
            "period": "2018",
            "exports": Decimal(7_109_000_000),
            "imports": Decimal(4_115_900_000),
            "balance": Decimal(2_993_100_000),
            "turnover": Decimal(11_224_900_000),
            "currency": "USD",
        },
    ]


def test_ranking_records() -> None:
    assert RANKING.to_records() == [
        {"rank": 1, "region": "Kursk Region", "value": Decimal(9), "currency": "USD"},
        {"rank": 2, "region": "Leningrad Region", "value": Decimal(5), "currency": "USD"},
    ]


def test_audit_records() -> None:
    [row] = seed.AUDIT.to_records()
    assert row["severity"] == "error"
    assert row["rule"] == "turnover"
    assert row["figures"] == "turnover, exports, imports"
    assert str(row["message"]).startswith("turnover = exports + imports does not hold")


def test_extraction_records_in_text_order() -> None:
    records = EXTRACTION.to_records()
    assert records == sorted(records, key=lambda r: (r["start"], r["end"]))
    assert {r["kind"] for r in records} >= {"periods", "figures"}
    for row in records:
        start, end = row["start"], row["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert EXTRACTION.text[start:end] == row["text"]
    assert records[0] == {"kind": "periods", "text": "2018", "start": 3, "end": 7}


def test_action_plan_records() -> None:
    assert seed.PLAN.to_records() == [
        {
            "number": "1",
            "area": "trade and economic",
            "description": "Joint fair of producers",
            "executors": "Committee for the Agro-Industrial Complex (Government of the Leningrad Region)",
            "deadline": "2019-Q2",
            "expected_result": None,
            "status": "done",
            "reported_on": datetime.date(2019, 6, 1),
        }
    ]


def test_relations_records() -> None:
    assert seed.RELATIONS.to_records() == [
        {
            "kind": "agreement",
            "title": "Agreement on cooperation",
            "when": "2016-05-12",
            "counterparts": "Administration of the Kursk Region",
        },
        {
            "kind": "plan",
            "title": "Action plan to implement the Agreement on cooperation for 2018-2020",
            "when": "2018-2020",
            "counterparts": "Administration of the Kursk Region",
        },
        {
            "kind": "event",
            "title": "Visit of the delegation of the Kursk Region to the Leningrad Region",
            "when": "2018",
            "counterparts": "Kursk Region",
        },
        {
            "kind": "trade",
            "title": str(seed.BALANCE),
            "when": "2018",
            "counterparts": "World",
        },
    ]


def test_relations_records_of_an_unsigned_agreement_and_a_named_partner() -> None:
    from regionrel.agreements import Agreement
    from regionrel.events import Event

    draft = Agreement("Draft", (seed.GOVERNMENT, seed.ADMINISTRATION))
    forum = Event.from_title(
        "The Ninth Russian-Azerbaijani Interregional Forum",
        when=2018,
        participants=[seed.LENINGRAD],
    )
    visit = Event.visit([seed.KURSK, seed.KURSK], to=seed.LENINGRAD, when=2019)
    relations = RegionRelations(seed.LENINGRAD, agreements=(draft,), events=(forum, visit))
    records = relations.to_records()
    assert records[0]["when"] is None
    assert records[1]["counterparts"] == "Azerbaijan"
    assert records[2]["counterparts"] == "Kursk Region"


def test_empty_collections_give_frames_with_their_columns() -> None:
    empties: list[Tabular] = [
        AuditResult((), ()),
        ActionPlan(seed.AGREEMENT, "2018-2020"),
        RegionRelations(seed.LENINGRAD),
        extract(""),
    ]
    for empty in empties:
        frame = empty.to_frame()
        assert frame.empty
        assert list(frame.columns) == list(empty._columns)


@given(st.lists(st.integers(1, 1000), min_size=1, max_size=12))
def test_partner_shares_survive_records_and_frames(weights: list[int]) -> None:
    structure = PartnerStructure.from_values(
        {f"P{i}": Money(w, "USD") for i, w in enumerate(weights)}
    )
    records = structure.to_records()
    assert [r["share"] for r in records] == list(structure.shares)
    assert [r["amount"] for r in records] == [Decimal(w) for w in weights]


# -- pandas missing ----------------------------------------------------------------


def test_to_frame_without_pandas_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as caught:
        seed.PARTNERS.to_frame()
    assert str(caught.value) == (
        "PartnerStructure.to_frame: needs pandas, which is not installed: "
        "install it with 'pip install regionrel[pandas]'"
    )
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, RegionrelError)
    assert isinstance(caught.value.__cause__, ImportError)


def test_require_names_the_plot_extra_for_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(MissingExtraError, match=r"needs matplotlib, .*regionrel\[plot\]'$"):
        require("matplotlib.figure", cls="f")


def test_require_names_an_unknown_module_as_its_own_extra() -> None:
    with pytest.raises(MissingExtraError) as caught:
        require("regionrel_no_such_module", cls="f")
    assert str(caught.value) == (
        "f: needs regionrel_no_such_module, which is not installed: "
        "install it with 'pip install regionrel[regionrel_no_such_module]'"
    )


def test_missing_extra_error_pickles() -> None:
    import pickle

    err = MissingExtraError("needs pandas", cls="X.to_frame")
    assert str(pickle.loads(pickle.dumps(err))) == "X.to_frame: needs pandas"


def test_to_frame_function_keeps_columns_for_no_records() -> None:
    frame: Any = to_frame([], ["a", "b"], cls="t")
    assert list(frame.columns) == ["a", "b"]
    assert len(frame) == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("x", "x"),
        (3, 3),
        (0.5, 0.5),
        (True, True),
        (Decimal("1.50"), Decimal("1.50")),
        (datetime.date(2018, 1, 2), datetime.date(2018, 1, 2)),
        (RegionKind.OBLAST, "oblast"),
        (Period.span(2018, 2021), "2018-2021"),
        (seed.LENINGRAD, "Leningrad Region"),
        (seed.GOVERNMENT, "Government of the Leningrad Region"),
        (Money("7.5", "USD"), "7.5 USD"),
    ],
)
def test_plain_values(value: object, expected: object) -> None:
    assert plain(value) == expected
    assert type(plain(value)) is type(expected)
