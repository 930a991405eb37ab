"""Region, its codes and kinds; groups with dated membership; governing bodies."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError
from regionrel.regions import (
    BodyKind,
    Codes,
    CodeScheme,
    GoverningBody,
    GroupKind,
    Membership,
    Region,
    RegionGroup,
    RegionKind,
    with_article,
)
from tests.strategies.regions import countries, dates, memberships, region_groups, subdivisions

D = dt.date
LEN = Region.of_subdivision(
    "Leningrad Region",
    kind=RegionKind.OBLAST,
    country="RU",
    codes={"iso3166-2": "RU-LEN", "ru-subject": "47"},
    name_ru="Ленинградская область",
    aliases=["Leningradskaya oblast"],
)
BURYATIA = Region.of_subdivision("Republic of Buryatia", kind=RegionKind.REPUBLIC, country="RU")
UZ = Region.of_country("Uzbekistan", alpha2="UZ", alpha3="UZB", numeric="860")


# -- Region ---------------------------------------------------------------------------------


def test_region_fields_and_derived_values() -> None:
    assert LEN.iso_code == "RU-LEN"
    assert LEN.code(CodeScheme.RU_SUBJECT) == "47"
    assert LEN.code("okato") is None
    assert LEN.names == ("Leningrad Region", "Ленинградская область", "Leningradskaya oblast")
    assert LEN.country_in("iso3166-2") == "RU"
    assert LEN.country_in("ru-subject") == "RU"
    assert str(LEN) == "Leningrad Region"
    assert repr(LEN) == (
        "Region.of_subdivision('Leningrad Region', kind=RegionKind.OBLAST, country='RU')"
    )
    assert UZ.iso_code == "UZ"
    assert UZ.country == "UZ"
    assert UZ.names == ("Uzbekistan",)
    assert repr(UZ) == "Region.of_country('Uzbekistan', alpha2='UZ')"


def test_region_without_iso_code_and_with_another_countrys_code() -> None:
    sevastopol = Region.of_subdivision(
        "Sevastopol",
        kind=RegionKind.FEDERAL_CITY,
        country="RU",
        codes={"ru-subject": "92", "iso3166-2": "UA-40"},
        disputed=True,
        note="each scheme as it has it",
    )
    assert sevastopol.country == "RU"
    assert sevastopol.country_in("iso3166-2") == "UA"
    state = Region.of_subdivision(
        "South Ossetia",
        kind=RegionKind.PARTIALLY_RECOGNISED_STATE,
        country=None,
        disputed=True,
        note="disputed",
    )
    assert state.iso_code is None
    assert state.country_in("iso3166-2") is None


def test_region_is_frozen_hashable_and_pickles() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        LEN.name = "x"  # type: ignore[misc]
    assert {LEN, attrs.evolve(LEN)} == {LEN}
    assert pickle.loads(pickle.dumps(LEN)) == LEN
    assert attrs.evolve(LEN, name="Lenoblast") != LEN


def test_region_kind_properties() -> None:
    subjects = {k for k in RegionKind if k.is_federal_subject}
    assert subjects == {
        RegionKind.REPUBLIC,
        RegionKind.KRAI,
        RegionKind.OBLAST,
        RegionKind.FEDERAL_CITY,
        RegionKind.AUTONOMOUS_OBLAST,
        RegionKind.AUTONOMOUS_OKRUG,
    }
    assert {k for k in RegionKind if k.is_state} == {
        RegionKind.COUNTRY,
        RegionKind.PARTIALLY_RECOGNISED_STATE,
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("oblast", RegionKind.OBLAST),
        ("FEDERAL_CITY", RegionKind.FEDERAL_CITY),
        ("Partially recognised state", RegionKind.PARTIALLY_RECOGNISED_STATE),
        ("autonomous-okrug", RegionKind.AUTONOMOUS_OKRUG),
        (RegionKind.KRAI, RegionKind.KRAI),
    ],
)
def test_region_kind_parse(text: Any, kind: RegionKind) -> None:
    assert RegionKind.parse(text) is kind


def test_enum_parse_errors() -> None:
    with pytest.raises(ValidationError) as err:
        GroupKind.parse("alliance")
    assert str(err.value) == (
        "GroupKind: 'text' must be one of 'federal district', 'interstate organisation', "
        "'other' (got 'alliance')"
    )
    with pytest.raises(WrongTypeError) as wrong:
        RegionKind.parse(3)  # type: ignore[arg-type]
    assert str(wrong.value) == "RegionKind: 'text' must be a RegionKind or its name (got 3)"


_BAD_REGIONS: list[tuple[dict[str, Any], type[RegionrelError], str]] = [
    ({"name": ""}, ValidationError, "Region: 'name' must not be empty (got '')"),
    ({"name": "   "}, ValidationError, "Region: 'name' must not be empty (got '   ')"),
    ({"name": None}, WrongTypeError, "Region: 'name' must be a str (got None)"),
    ({"kind": "oblast"}, WrongTypeError, "Region: 'kind' must be a RegionKind (got 'oblast')"),
    (
        {"country": "ru"},
        ValidationError,
        "Region: 'country' must be an ISO 3166-1 alpha-2 code (got 'ru')",
    ),
    ({"country": 7}, WrongTypeError, "Region: 'country' must be a str or None (got 7)"),
    ({"country": None}, ValidationError, "Region: 'country' must be given for a oblast"),
    (
        {"codes": {"iso3166-2": "RU_LEN"}},
        ValidationError,
        "Codes: 'iso3166-2' must be like 'RU-LEN' (got 'RU_LEN')",
    ),
    (
        {"codes": {"ru-subject": "047"}},
        ValidationError,
        "Codes: 'ru-subject' must be two digits (got '047')",
    ),
    (
        {"codes": {"ISO": "X"}},
        ValidationError,
        "Codes: 'scheme' must be a lower-case scheme name (got 'ISO')",
    ),
    ({"codes": {"okato": ""}}, ValidationError, "Codes: 'okato' must not be empty (got '')"),
    ({"codes": {"okato": 41}}, WrongTypeError, "Codes: 'okato' must be a str (got 41)"),
    (
        {"codes": "RU-LEN"},
        WrongTypeError,
        "Codes: 'codes' must be a mapping of scheme to code (got 'RU-LEN')",
    ),
    (
        {"codes": [1, 2]},
        WrongTypeError,
        "Codes: 'codes' must be a mapping of scheme to code (got [1, 2] that is a list)",
    ),
    (
        {"aliases": "Lenoblast"},
        WrongTypeError,
        "Region: 'aliases' must be an iterable of names (got 'Lenoblast')",
    ),
    ({"aliases": [""]}, ValidationError, "Region: 'aliases' must not be empty (got '')"),
    ({"name_ru": ""}, ValidationError, "Region: 'name_ru' must not be empty (got '')"),
    ({"disputed": 1}, WrongTypeError, "Region: 'disputed' must be a bool (got 1)"),
    (
        {"disputed": True},
        ValidationError,
        "Region: 'note' must say what is disputed when 'disputed' is true",
    ),
    ({"note": None}, WrongTypeError, "Region: 'note' must be a str (got None)"),
]


@pytest.mark.parametrize(("change", "error", "message"), _BAD_REGIONS)
def test_bad_regions_are_refused_with_exact_messages(
    change: dict[str, Any], error: type[RegionrelError], message: str
) -> None:
    fields: dict[str, Any] = {
        "name": "Leningrad Region",
        "kind": RegionKind.OBLAST,
        "codes": {},
        "country": "RU",
    }
    fields.update(change)
    with pytest.raises(error) as err:
        Region(**fields)
    assert str(err.value) == message


def test_country_code_must_agree_with_country() -> None:
    with pytest.raises(ValidationError) as err:
        Region("Uzbekistan", RegionKind.COUNTRY, {"iso3166-1-alpha2": "UZ"}, "RU")
    assert str(err.value) == (
        "Region: 'country' must equal the country's own alpha-2 code 'UZ' (got 'RU')"
    )
    with pytest.raises(ValidationError) as missing:
        Region("Uzbekistan", RegionKind.COUNTRY, {"iso3166-1-alpha2": "UZ"}, None)
    assert str(missing.value) == "Region: 'country' must be given for a country"


def test_of_country_validates_codes_and_of_subdivision_refuses_country_kind() -> None:
    with pytest.raises(ValidationError) as err:
        Region.of_country("Uzbekistan", alpha2="UZB")
    assert str(err.value) == "Codes: 'iso3166-1-alpha2' must be two capital letters (got 'UZB')"
    with pytest.raises(ValidationError) as numeric:
        Region.of_country("Uzbekistan", alpha2="UZ", numeric="86")
    assert str(numeric.value) == "Codes: 'iso3166-1-numeric' must be three digits (got '86')"
    with pytest.raises(ValidationError) as alpha3:
        Region.of_country("Uzbekistan", alpha2="UZ", alpha3="uzb")
    assert str(alpha3.value) == (
        "Codes: 'iso3166-1-alpha3' must be three capital letters (got 'uzb')"
    )
    with pytest.raises(ValidationError) as kind:
        Region.of_subdivision("Uzbekistan", kind=RegionKind.COUNTRY, country="UZ")
    assert str(kind.value) == (
        "Region: 'kind' must not be COUNTRY here: use Region.of_country "
        "(got <RegionKind.COUNTRY: 'country'>)"
    )


# -- Codes ----------------------------------------------------------------------------------


def test_codes_mapping_behaviour() -> None:
    codes = Codes([("ru-subject", "47"), (CodeScheme.ISO_3166_2, "RU-LEN")])
    assert list(codes) == ["iso3166-2", "ru-subject"]
    assert codes == {"iso3166-2": "RU-LEN", "ru-subject": "47"}
    assert hash(codes) == hash(Codes({"ru-subject": "47", "iso3166-2": "RU-LEN"}))
    assert Codes(codes) == codes
    assert repr(codes) == "Codes({'iso3166-2': 'RU-LEN', 'ru-subject': '47'})"
    assert Codes({"okato": "41"})["okato"] == "41"
    with pytest.raises(AttributeError, match="immutable"):
        codes._data = {}
    with pytest.raises(KeyError):
        codes["okato"]
    with pytest.raises(WrongTypeError) as err:
        Codes(5)  # type: ignore[arg-type]
    assert str(err.value) == "Codes: 'codes' must be a mapping of scheme to code (got 5)"
    with pytest.raises(WrongTypeError) as scheme:
        Codes({3: "x"})  # type: ignore[arg-type]
    assert str(scheme.value) == "Codes: 'scheme' must be a str (got 3)"


@given(
    st.dictionaries(
        st.sampled_from(["okato", "oktmo", "x.y", "fips"]), st.from_regex(r"\A[0-9A-Z]{1,5}\Z")
    )
)
def test_codes_round_trip_through_dict(data: dict[str, str]) -> None:
    codes = Codes(data)
    assert dict(codes) == data
    assert Codes(dict(codes)) == codes
    assert hash(Codes(dict(codes))) == hash(codes)


@given(countries())
def test_generated_countries_are_consistent(country: Region) -> None:
    assert country.iso_code == country.country == country.code("iso3166-1-alpha2")
    assert country.kind.is_state
    assert pickle.loads(pickle.dumps(country)) == country
    assert hash(attrs.evolve(country)) == hash(country)


@given(subdivisions())
def test_generated_subdivisions_lie_in_their_iso_country(region: Region) -> None:
    assert region.iso_code is not None
    assert region.country_in("iso3166-2") == region.iso_code[:2] == region.country
    assert re.fullmatch(r"Region\.of_subdivision\(.*\)", repr(region))


# -- Membership and RegionGroup ----------------------------------------------------------------


def test_membership_runs_from_since_inclusive_to_until_exclusive() -> None:
    m = Membership(BURYATIA, since=D(2000, 5, 13), until="2018-11-03")
    assert not m.on(D(2000, 5, 12))
    assert m.on(D(2000, 5, 13))
    assert m.on(D(2018, 11, 2))
    assert not m.on(D(2018, 11, 3))
    assert m.on("02.11.2018")  # type: ignore[arg-type]
    assert Membership(BURYATIA).on(D(1900, 1, 1))
    with pytest.raises(WrongTypeError) as moment:
        m.on(dt.datetime(2018, 11, 2, 23, 59))
    assert str(moment.value) == (
        f"Membership: 'day' {RULE}, not a datetime: pass value.date() "
        "(got datetime.datetime(2018, 11, 2, 23, 59))"
    )


def test_membership_errors() -> None:
    with pytest.raises(ValidationError) as err:
        Membership(BURYATIA, since="2018-11-03", until="2018-11-03")
    assert str(err.value) == (
        "Membership: 'until' must be after 'since' (2018-11-03) (got datetime.date(2018, 11, 3))"
    )
    with pytest.raises(WrongTypeError) as region:
        Membership("Buryatia")  # type: ignore[arg-type]
    assert str(region.value) == "Membership: 'region' must be a Region (got 'Buryatia')"
    with pytest.raises(ParseError) as since:
        Membership(BURYATIA, since="31.02.2018")
    assert str(since.value) == (
        f"Membership: 'since' {RULE}: is not a date that exists: February 2018 has 28 days "
        "(got '31.02.2018')"
    )
    with pytest.raises(WrongTypeError) as until:
        Membership(BURYATIA, until=2018)
    assert str(until.value) == f"Membership: 'until' {RULE} (got 2018)"
    with pytest.raises(ValidationError) as status:
        Membership(BURYATIA, status="")
    assert str(status.value) == "Membership: 'status' must not be empty (got '')"
    with pytest.raises(WrongTypeError) as source:
        Membership(BURYATIA, source=None)  # type: ignore[arg-type]
    assert str(source.value) == "Membership: 'source' must be a str (got None)"


def _two_districts() -> tuple[RegionGroup, RegionGroup]:
    siberian = RegionGroup.of(
        "Siberian Federal District",
        kind="federal district",
        memberships=[Membership(BURYATIA, since="2000-05-13", until="2018-11-03")],
        scheme="Russian law",
    )
    far_east = RegionGroup.of(
        "Far Eastern Federal District",
        kind=GroupKind.FEDERAL_DISTRICT,
        memberships=[Membership(BURYATIA, since="2018-11-03")],
        scheme="Russian law",
        aliases=["FEFD"],
        name_ru="Дальневосточный федеральный округ",
    )
    return siberian, far_east


def test_group_members_on_a_date_and_now() -> None:
    siberian, far_east = _two_districts()
    assert siberian.members(on=D(2018, 11, 2)) == (BURYATIA,)
    assert siberian.members(on=D(2018, 11, 3)) == ()
    assert far_east.members(on="2018-11-03") == (BURYATIA,)
    assert siberian.members() == ()
    assert far_east.members() == (BURYATIA,)
    assert far_east.is_member(BURYATIA)
    assert BURYATIA in far_east
    assert BURYATIA not in siberian
    assert "Buryatia" not in far_east
    assert not far_east.is_member(LEN, on=D(2020, 1, 1))
    assert str(far_east) == "Far Eastern Federal District"
    assert repr(far_east) == (
        "<RegionGroup 'Far Eastern Federal District': federal district, 1 memberships>"
    )


def test_group_history_is_oldest_first() -> None:
    group = RegionGroup.of(
        "CIS",
        kind="interstate organisation",
        memberships=[
            Membership(UZ, since="2005-08-26", status="associate member"),
            Membership(UZ, until="2005-08-26"),
        ],
        scheme="charter",
    )
    assert [m.status for m in group.history(UZ)] == ["member", "associate member"]
    assert group.history(LEN) == ()


def test_group_errors() -> None:
    overlapping = [Membership(LEN, since="2000-01-01"), Membership(LEN, since="2010-01-01")]
    with pytest.raises(ValidationError) as err:
        RegionGroup.of("G", kind="other", memberships=overlapping, scheme="s")
    assert str(err.value) == (
        "RegionGroup: 'memberships' must not hold overlapping memberships of the same region "
        "(Leningrad Region) (got 'G')"
    )
    with pytest.raises(WrongTypeError) as items:
        RegionGroup.of("G", kind="other", memberships=[LEN], scheme="s")  # type: ignore[list-item]
    assert str(items.value).startswith(
        "RegionGroup: 'memberships' must hold Membership values only"
    )
    with pytest.raises(WrongTypeError) as iterable:
        RegionGroup.of("G", kind="other", memberships=5, scheme="s")  # type: ignore[arg-type]
    assert str(iterable.value) == (
        "RegionGroup: 'memberships' must be an iterable of Membership (got 5)"
    )
    with pytest.raises(WrongTypeError) as kind:
        RegionGroup("G", 3, (), "s")  # type: ignore[arg-type]
    assert str(kind.value) == "RegionGroup: 'kind' must be a GroupKind (got 3)"
    group = RegionGroup.of("G", kind="other", memberships=[], scheme="s")
    with pytest.raises(WrongTypeError) as region:
        group.is_member("Leningrad Region")  # type: ignore[arg-type]
    assert str(region.value) == "RegionGroup: 'region' must be a Region (got 'Leningrad Region')"
    with pytest.raises(WrongTypeError) as on:
        group.members(on=2018)  # type: ignore[arg-type]
    assert str(on.value) == f"RegionGroup: 'on' {RULE} (got 2018)"


@given(memberships(), dates)
def test_membership_on_matches_its_bounds(m: Membership, day: dt.date) -> None:
    expected = (m.since is None or m.since <= day) and (m.until is None or day < m.until)
    assert m.on(day) is expected


@given(memberships(), memberships())
def test_overlap_is_symmetric_and_means_a_shared_day(a: Membership, b: Membership) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    # A shared day exists exactly when the later start precedes the earlier end.
    start = max(a.since or D.min, b.since or D.min)
    end = min(a.until or D.max, b.until or D.max)
    assert a.overlaps(b) == (start < end or (a.until is None and b.until is None))


@given(region_groups(), dates)
def test_members_are_exactly_the_regions_whose_membership_holds(
    group: RegionGroup, day: dt.date
) -> None:
    expected = {m.region for m in group.memberships if m.on(day)}
    assert set(group.members(on=day)) == expected
    for m in group.memberships:
        assert group.is_member(m.region, on=day) is m.on(day)


@given(dates, st.integers(1, 5000))
def test_a_move_on_a_day_gives_exactly_one_group_on_every_day(move: dt.date, offset: int) -> None:
    old = RegionGroup.of(
        "Old", kind="other", memberships=[Membership(LEN, until=move)], scheme="s"
    )
    new = RegionGroup.of(
        "New", kind="other", memberships=[Membership(LEN, since=move)], scheme="s"
    )
    for day in (move - dt.timedelta(days=offset), move, move + dt.timedelta(days=offset)):
        assert old.is_member(LEN, on=day) != new.is_member(LEN, on=day)
    assert new.is_member(LEN, on=move)


# -- dates ----------------------------------------------------------------------------------


RULE = "must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12'"


def test_dates_are_read_by_the_one_rule_for_dates() -> None:
    # Day first, as the sources write them, like every other class of the library.
    m = Membership(BURYATIA, since="13.05.2000", until=" 2018-11-03 ")
    assert (m.since, m.until) == (D(2000, 5, 13), D(2018, 11, 3))
    siberian, far_eastern = _two_districts()
    assert siberian.members(on="02.11.2018") == siberian.members(on=D(2018, 11, 2))
    assert far_eastern.is_member(BURYATIA, on="03.11.2018")
    with pytest.raises(ParseError) as err:
        siberian.members(on="2018-13-01")
    assert (err.value.cls, err.value.field) == ("RegionGroup", "on")


def test_the_date_helper_is_not_public() -> None:
    import regionrel._validators
    import regionrel.regions

    assert "as_date" not in regionrel.regions.__all__
    # No copy of the rule: the name regions uses is the ground floor's own.
    assert vars(regionrel.regions)["as_date"] is regionrel._validators.as_date


# -- GoverningBody ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "region", "name"),
    [
        (BodyKind.GOVERNMENT, LEN, "Government of the Leningrad Region"),
        ("administration", LEN, "Administration of the Leningrad Region"),
        ("Cabinet of Ministers", UZ, "Cabinet of Ministers of Uzbekistan"),
        ("hokimiyat", UZ, "Khokimiyat of Uzbekistan"),
        ("LEGISLATIVE_ASSEMBLY", LEN, "Legislative Assembly of the Leningrad Region"),
    ],
)
def test_governing_body_of(kind: Any, region: Region, name: str) -> None:
    body = GoverningBody.of(region, kind)
    assert body.name == name
    assert str(body) == name
    assert body.region is region
    assert body.kind is BodyKind.parse(kind)


def test_governing_body_errors() -> None:
    with pytest.raises(WrongTypeError) as region:
        GoverningBody.of("Leningrad Region", "Government")  # type: ignore[arg-type]
    assert str(region.value) == "GoverningBody: 'region' must be a Region (got 'Leningrad Region')"
    with pytest.raises(WrongTypeError) as kind:
        GoverningBody.of(LEN, 3)  # type: ignore[arg-type]
    assert str(kind.value) == "GoverningBody: 'kind' must be a BodyKind (got 3)"
    with pytest.raises(ValidationError) as unknown:
        GoverningBody.of(LEN, "Duma")
    assert str(unknown.value).startswith("BodyKind: 'text' must be one of 'Government'")
    with pytest.raises(WrongTypeError) as direct:
        GoverningBody("Government", LEN, "Government")  # type: ignore[arg-type]
    assert str(direct.value) == "GoverningBody: 'kind' must be a BodyKind (got 'Government')"


def test_governing_body_parse_uses_the_builtin_gazetteer() -> None:
    body = GoverningBody.parse("Council of Ministers of the Republic of Crimea")
    assert body.kind is BodyKind.COUNCIL_OF_MINISTERS
    assert body.region.name == "Republic of Crimea"
    assert body.name == "Council of Ministers of the Republic of Crimea"
    with pytest.raises(ParseError) as err:
        GoverningBody.parse("Ministry of Leningrad")
    assert str(err.value).startswith(
        "GoverningBody: expected a governing body such as 'Government of <region>'"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Leningrad Region", "the Leningrad Region"),
        ("Krasnodar Territory", "the Krasnodar Territory"),
        ("Republic of Crimea", "the Republic of Crimea"),
        ("Netherlands", "the Netherlands"),
        ("the Netherlands", "the Netherlands"),
        ("Moscow", "Moscow"),
        ("Uzbekistan", "Uzbekistan"),
    ],
)
def test_with_article(name: str, expected: str) -> None:
    assert with_article(name) == expected
