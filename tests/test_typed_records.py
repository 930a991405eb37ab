"""Records built from hostile values refuse them at once (issue 18): no half-built record.

Every class below checks its fields against their annotations when built
(``_validators.checked_by_annotation``); a value of another type raises a regionrel
error naming the class and the field, never a later ``TypeError`` in ``str`` or ``hash``.
"""

from __future__ import annotations

import typing

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import audit, errors, typos
from regionrel._validators import checked_by_annotation
from regionrel.audit import keys, result
from regionrel.periods import PeriodText
from regionrel.relations import findings, notices
from regionrel.text import extraction, items
from regionrel.trade import balance, partners, rankings, volumes

CLASSES = [
    *(
        value
        for value in vars(items).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == items.__name__
    ),
    extraction.Extraction,
    result.AuditResult,
    result.Diagnosis,
    result.Explanation,
    keys.FigureKey,
    typos.Typo,
    rankings.ClaimCheck,
    rankings.RankedEntry,
    partners.OtherPartners,
    volumes.UnitValue,
    balance.World,
    notices.NoticeWindow,
    findings.RelationsFinding,
    PeriodText,
]


class _Stranger:
    """A value of no type any field names."""


def _required(cls: type) -> list[attrs.Attribute[typing.Any]]:
    return [f for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_a_stranger_in_the_first_field_is_refused_by_name(cls: type) -> None:
    fields = [f for f in attrs.fields(cls) if f.init]
    first = fields[0]
    values = {f.alias or f.name: _Stranger() for f in _required(cls)}
    values[first.alias or first.name] = _Stranger()
    with pytest.raises(errors.RegionrelError) as caught:
        cls(**values)
    assert cls.__name__ in str(caught.value)


@given(st.sampled_from(CLASSES), st.data())
def test_no_hostile_value_builds_a_record_that_then_fails(cls: type, data: st.DataObject) -> None:
    hostile = st.one_of(
        st.none(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.text(max_size=20),
        st.binary(max_size=5),
        st.floats(allow_nan=True),
        st.lists(st.integers(), max_size=3),
        st.builds(_Stranger),
    )
    values = {f.alias or f.name: data.draw(hostile) for f in _required(cls)}
    try:
        built = cls(**values)
    except errors.RegionrelError:
        return
    # what was accepted is whole: it prints, compares and (if it may) hashes
    str(built)
    repr(built)
    assert built == built or built != built
    hash(built)


def test_an_annotation_that_is_no_class_is_not_checked() -> None:
    @attrs.frozen(field_transformer=checked_by_annotation)
    class Anything:
        value: typing.Any
        kind: typing.Literal["a", "b"] = "a"

    other: typing.Any = "z"
    assert Anything(object()).kind == "a"
    assert Anything(1, other).kind == other


def test_a_float_field_takes_an_int_and_an_optional_takes_none() -> None:
    @attrs.frozen(field_transformer=checked_by_annotation)
    class Measure:
        value: float
        note: str | None = None

    assert Measure(1).value == 1
    assert Measure(1.5, None).note is None
    with pytest.raises(errors.WrongTypeError, match="'note' must be a str or None"):
        Measure(1.5, 5)  # type: ignore[arg-type]


def test_audit_result_of_a_report_is_still_built() -> None:
    report = audit.TradeReport(exports="7,109", imports="4,115.9", turnover="11,224.9")
    assert report.audit().ok


@pytest.mark.parametrize(
    "text", [b"Agreement", 5, 10**5000, None], ids=["bytes", "int", "huge", "none"]
)
def test_written_title_takes_only_text(text: object) -> None:
    mention = extraction_agreement()  # (the method's argument, not the record's fields)
    with pytest.raises(errors.WrongTypeError, match="'text' must be the text that was read"):
        mention.written_title(text)  # type: ignore[arg-type]


def extraction_agreement() -> items.AgreementMention:
    from regionrel.text import extract

    text = (
        "In 2018 the Agreement between the Government of the Leningrad Region and the "
        "Government of the Republic of Belarus on trade and economic cooperation was signed."
    )
    return extract(text).agreements[0]


class _LoudStr(str):
    """A str whose own str, repr and format raise: the library reads it as plain text."""

    __slots__ = ()

    def __str__(self) -> str:
        raise RuntimeError("str refused")

    def __repr__(self) -> str:
        raise RuntimeError("repr refused")


def test_a_currency_or_a_unit_given_as_a_str_subclass_is_read_as_text() -> None:
    from regionrel import Money
    from regionrel.trade import PartnerStructure

    assert Money("1", _LoudStr("USD")).currency == "USD"
    structure = PartnerStructure.from_shares({"CN": "15.6"}, unit=_LoudStr("percent"))
    assert structure == PartnerStructure.from_shares({"CN": "15.6"}, unit="percent")
    with pytest.raises(errors.ValidationError, match="'unit' must be 'percent' or 'fraction'"):
        PartnerStructure.from_shares({"CN": "15.6"}, unit=_LoudStr("x"))


def test_a_partner_structure_iterates_over_its_partners() -> None:
    from regionrel.trade import PartnerStructure

    structure = PartnerStructure.from_shares({"CN": "15.6", "DE": "9.2"}, unit="percent")
    assert list(structure) == list(structure.partners) == ["CN", "DE"]
    assert len(structure) == 2
    assert "CN" in structure


def test_a_findings_warning_refuses_a_huge_stacklevel() -> None:
    finding = findings.RelationsFinding("x", "odd", "Plan")
    with pytest.raises(errors.ValidationError, match="'stacklevel' must be at most 1,000"):
        finding.warn(10**5000)
    with pytest.warns(errors.RegionrelWarning, match="Plan: odd"):
        finding.warn()


def test_shares_too_large_to_sum_are_refused_by_name() -> None:
    from regionrel.trade import hhi

    with pytest.raises(errors.ValidationError, match="'shares' must each be a fraction"):
        hhi([8.98e307, 8.98e307])  # (their sum would overflow)
