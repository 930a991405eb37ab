"""The gazetteer: reference data, lookups by code, name and adjective, groups, extension."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from typing import Any

import pycountry as _pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel._data import iso3166, russia
from regionrel.errors import (
    AmbiguousError,
    ParseError,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
)
from regionrel.gazetteer import Gazetteer, normalize_name
from regionrel.gazetteer import builtin as gazetteer_builtin
from regionrel.regions import (
    BodyKind,
    CodeScheme,
    GroupKind,
    Membership,
    Region,
    RegionGroup,
    RegionKind,
)
from tests.strategies.regions import builtin_regions

D = dt.date
pycountry: Any = _pycountry  # untyped
SUBJECTS = gazetteer.regions(country="RU")[1:]


def _name(group: RegionGroup | None) -> str | None:
    return None if group is None else group.name


# -- the data -------------------------------------------------------------------------------


def test_there_are_85_federal_subjects_by_legal_form() -> None:
    assert gazetteer.regions(country="RU")[0].name == "Russia"
    assert len(SUBJECTS) == 85
    assert all(r.kind.is_federal_subject for r in SUBJECTS)
    counts = {k: sum(r.kind is k for r in SUBJECTS) for k in RegionKind if k.is_federal_subject}
    assert counts == {
        RegionKind.REPUBLIC: 22,
        RegionKind.KRAI: 9,
        RegionKind.OBLAST: 46,
        RegionKind.FEDERAL_CITY: 3,
        RegionKind.AUTONOMOUS_OBLAST: 1,
        RegionKind.AUTONOMOUS_OKRUG: 4,
    }
    codes = [r.codes["ru-subject"] for r in SUBJECTS]
    assert len(set(codes)) == 85


def test_iso_3166_2_ru_codes_agree_with_pycountry() -> None:
    ours = {r.iso_code for r in SUBJECTS if r.country_in("iso3166-2") == "RU"}
    theirs = {s.code for s in pycountry.subdivisions.get(country_code="RU")}
    assert len(ours) == 83
    assert ours == theirs


def test_crimea_and_sevastopol_carry_each_schemes_code_and_are_disputed() -> None:
    crimea = gazetteer.get("91")
    sevastopol = gazetteer.get("92")
    assert (crimea.name, crimea.iso_code, crimea.country) == ("Republic of Crimea", "UA-43", "RU")
    assert (sevastopol.name, sevastopol.iso_code) == ("Sevastopol", "UA-40")
    assert crimea.country_in("iso3166-2") == "UA"
    assert crimea.disputed
    assert sevastopol.disputed
    assert "Russian law" in crimea.note
    assert "ISO 3166-2" in crimea.note
    assert gazetteer.get("UA-43") is crimea
    assert [r.name for r in SUBJECTS if r.disputed] == ["Republic of Crimea", "Sevastopol"]
    names = {s.code: s.name for s in pycountry.subdivisions.get(country_code="UA")}
    assert names["UA-43"] == "Avtonomna Respublika Krym"
    assert names["UA-40"] == "Sevastopol"


def test_country_table_matches_pycountry() -> None:
    theirs = {c.alpha_2: (c.alpha_2, c.alpha_3, c.numeric, c.name) for c in pycountry.countries}
    ours = {row[0]: row[:4] for row in iso3166.COUNTRIES}
    assert ours == theirs
    countries = gazetteer.regions(kind=RegionKind.COUNTRY)
    assert len(countries) == len(theirs)
    for country in countries:
        assert (
            country.code("iso3166-1-alpha3")
            == pycountry.countries.get(alpha_2=country.iso_code).alpha_3
        )


def test_uzbekistan_regions_agree_with_pycountry() -> None:
    ours = {r.iso_code for r in gazetteer.regions(country="UZ", kind=RegionKind.SUBDIVISION)}
    theirs = {s.code for s in pycountry.subdivisions.get(country_code="UZ")}
    assert len(ours) == 14
    assert ours == theirs
    assert gazetteer.get("UZ-FA").name == "Fergana Region"
    assert gazetteer.get("UZ-BU").name == "Bukhara Region"


def test_abkhazia_is_a_disputed_partially_recognised_state_with_isos_georgian_code() -> None:
    abkhazia = gazetteer.find("Abkhazia")
    assert abkhazia.kind is RegionKind.PARTIALLY_RECOGNISED_STATE
    assert abkhazia.iso_code == "GE-AB"
    assert abkhazia.country is None
    assert abkhazia.country_in("iso3166-2") == "GE"
    assert abkhazia.disputed
    assert "GE-AB" in {s.code for s in pycountry.subdivisions.get(country_code="GE")}
    assert gazetteer.find("South Ossetia").iso_code is None


@pytest.mark.parametrize("subject", SUBJECTS, ids=lambda r: r.name)
def test_every_federal_subject_resolves_by_code_and_by_names(subject: Region) -> None:
    assert subject.iso_code is not None
    assert gazetteer.get(subject.iso_code) is subject
    assert gazetteer.get(subject.iso_code.lower()) is subject
    assert gazetteer.get(subject.codes["ru-subject"]) is subject
    assert gazetteer.find(subject.name) is subject
    assert gazetteer.find(subject.name.upper()) is subject
    assert gazetteer.find(f"the {subject.name}") is subject
    assert subject.name_ru is not None
    assert gazetteer.find(subject.name_ru) is subject


# -- the seed and the names sources use ---------------------------------------------------------

_NAMES = [
    ("Leningrad Region", "RU-LEN"),
    ("the Leningrad Region", "RU-LEN"),
    ("Leningrad Oblast", "RU-LEN"),
    ("Leningradskaya oblast", "RU-LEN"),
    ("Ленинградская обл.", "RU-LEN"),
    ("Republic of Uzbekistan", "UZ"),
    ("the Republic of Uzbekistan", "UZ"),
    ("Ferghana Region", "UZ-FA"),
    ("Fergana", "UZ-FA"),
    ("Farg'ona viloyati", "UZ-FA"),
    ("Bukhara Region", "UZ-BU"),
    ("Bukhara", "UZ-BU"),
    ("Russia", "RU"),
    ("the Russian Federation", "RU"),
    ("Российская Федерация", "RU"),
    ("Azerbaijan", "AZ"),
    ("Armenia", "AM"),
    ("Tajikistan", "TJ"),
    ("Abkhazia", "GE-AB"),
    ("Republic of Crimea", "UA-43"),
    ("Crimea", "UA-43"),
    ("Kursk Region", "RU-KRS"),
    ("the PRC", "CN"),
    ("PRC", "CN"),
    ("China", "CN"),
    ("People's Republic of China", "CN"),
    ("the Netherlands", "NL"),
    ("Holland", "NL"),
    ("Finland", "FI"),
    ("Germany", "DE"),
    ("the USA", "US"),
    ("United States", "US"),
    ("U.S.A.", "US"),
    ("Denmark", "DK"),
    ("UK", "GB"),
    ("Great Britain", "GB"),
    ("South Korea", "KR"),
    ("Republic of Korea", "KR"),
    ("Korea, Republic of", "KR"),
    ("North Korea", "KP"),
    ("Krasnodar Territory", "RU-KDA"),
    ("Krasnodar Krai", "RU-KDA"),
    ("Краснодарский край", "RU-KDA"),
    ("St. Petersburg", "RU-SPE"),
    ("Saint Petersburg", "RU-SPE"),
    ("Санкт-Петербург", "RU-SPE"),
    ("Moscow", "RU-MOW"),
    ("Moscow Oblast", "RU-MOS"),
    ("Republic of Altai", "RU-AL"),
    ("Altai Territory", "RU-ALT"),
    ("North Ossetia - Alania", "RU-SE"),
    ("Yakutia", "RU-SA"),
    ("Khanty-Mansi Autonomous Okrug", "RU-KHM"),
    ("Jewish Autonomous Oblast", "RU-YEV"),
    ("Orel Region", "RU-ORL"),
    ("Türkiye", "TR"),
    ("Turkey", "TR"),
    ("Czech Republic", "CZ"),
    ("Côte d'Ivoire", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("Viet Nam", "VN"),
    ("Tashkent", "UZ-TK"),
    ("Tashkent Region", "UZ-TO"),
    ("Китай", "CN"),
    ("Белоруссия", "BY"),
]


@pytest.mark.parametrize(("name", "iso"), _NAMES)
def test_names_sources_use(name: str, iso: str) -> None:
    assert gazetteer.find(name).iso_code == iso


def test_public_contract_examples() -> None:
    assert gazetteer.get("RU-LEN").name == "Leningrad Region"
    assert gazetteer.find("the PRC").iso_code == "CN"
    nw = gazetteer.group("North-West Federal District")
    assert len(nw.members(on=D(2018, 12, 31))) == 11


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RU", "Russia"),
        ("rus", "Russia"),
        ("643", "Russia"),
        (" 860 ", "Uzbekistan"),
        ("NLD", "Netherlands"),
        ("47", "Leningrad Region"),
        ("46", "Kursk Region"),
        ("GE-AB", "Abkhazia"),
    ],
)
def test_get_by_code_in_any_scheme(code: str, name: str) -> None:
    assert gazetteer.get(code).name == name


def test_get_in_one_scheme() -> None:
    assert gazetteer.get("47", scheme=CodeScheme.RU_SUBJECT).name == "Leningrad Region"
    with pytest.raises(UnknownRegionError) as err:
        gazetteer.get("RU-LEN", scheme="ru-subject")
    assert str(err.value) == "Gazetteer: 'code' is not a known ru-subject code (got 'RU-LEN')"
    with pytest.raises(UnknownRegionError) as scheme:
        gazetteer.get("47", scheme="ru-subjekt")
    assert str(scheme.value) == (
        "Gazetteer: 'scheme' is not a coding scheme the gazetteer knows (got 'ru-subjekt'); "
        "did you mean 'ru-subject'?"
    )


_BAD_LOOKUPS: list[tuple[Any, Any, type[Exception], str]] = [
    (
        gazetteer.get,
        "RU-LNN",
        UnknownRegionError,
        "Gazetteer: 'code' is not a known region code (got 'RU-LNN'); did you mean 'RU-NEN' or "
        "'RU-LEN'?",
    ),
    (gazetteer.get, 47, WrongTypeError, "Gazetteer: 'code' must be a str (got 47)"),
    (
        gazetteer.find,
        "Perugia",
        UnknownRegionError,
        "Gazetteer: 'name' is not a known region name (got 'Perugia')",
    ),
    (
        gazetteer.find,
        "Leningrd Region",
        UnknownRegionError,
        "Gazetteer: 'name' is not a known region name (got 'Leningrd Region'); did you mean "
        "'Leningrad Region' or 'Kaliningrad Region'?",
    ),
    (
        gazetteer.find,
        "Ferganna",
        UnknownRegionError,
        "Gazetteer: 'name' is not a known region name (got 'Ferganna'); did you mean "
        "'Fergana Region'?",
    ),
    (
        gazetteer.find,
        "Altai",
        AmbiguousError,
        "Gazetteer: 'name' fits more than one region (got 'Altai'); candidates: "
        "'Altai Republic', 'Altai Krai'",
    ),
    (
        gazetteer.find,
        "Korea",
        AmbiguousError,
        "Gazetteer: 'name' fits more than one region (got 'Korea'); candidates: "
        "'North Korea', 'South Korea'",
    ),
    (
        gazetteer.find,
        " the ",
        ValidationError,
        "Gazetteer: 'name' must not be empty (got ' the ')",
    ),
    (gazetteer.find, None, WrongTypeError, "Gazetteer: 'name' must be a str (got None)"),
    (
        gazetteer.group,
        "North-Wst Federal District",
        UnknownRegionError,
        "Gazetteer: 'group' is not a known group (got 'North-Wst Federal District'); did you "
        "mean 'North-Western Federal District'?",
    ),
    (
        gazetteer.find_adjective,
        "Uzbekk",
        UnknownRegionError,
        "Gazetteer: 'adjective' is not a known adjective of a region (got 'Uzbekk'); did you "
        "mean 'Uzbek'?",
    ),
    (
        gazetteer.find_adjective,
        "Korean",
        AmbiguousError,
        "Gazetteer: 'adjective' fits more than one region (got 'Korean'); candidates: "
        "'North Korea', 'South Korea'",
    ),
    (gazetteer.find_adjective, 1, WrongTypeError, "Gazetteer: 'adjective' must be a str (got 1)"),
    (
        gazetteer.parties_of,
        b"x",
        WrongTypeError,
        "Gazetteer: 'adjective' must be a str (got b'x' that is a bytes)",
    ),
    (
        gazetteer.parties_of,
        " - ",
        ValidationError,
        "Gazetteer: 'adjective' must not be empty (got ' - ')",
    ),
    (gazetteer.parties_in, None, WrongTypeError, "Gazetteer: 'text' must be a str (got None)"),
    (
        gazetteer.resolve,
        3.5,
        WrongTypeError,
        "Gazetteer: 'value' must be a Region or a str (got 3.5 that is a float)",
    ),
    (
        gazetteer.governing_body,
        "Duma of the Kursk Region",
        ParseError,
        "GoverningBody: expected a governing body such as 'Government of <region>' "
        "(Government, Administration, Council of Ministers, Cabinet of Ministers, Khokimiyat, "
        "Legislative Assembly, Regional Executive Committee, City Executive Committee, Akimat, "
        "People's Government) (got 'Duma of the Kursk Region', stopped at position 0 before "
        "'Duma of the Kursk Re')",
    ),
    (gazetteer.governing_body, 5, WrongTypeError, "GoverningBody: 'text' must be a str (got 5)"),
]


@pytest.mark.parametrize(("func", "arg", "error", "message"), _BAD_LOOKUPS)
def test_bad_lookups_get_exact_errors(
    func: Any, arg: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as err:
        func(arg)
    assert str(err.value) == message


def test_unknown_region_is_a_lookup_error_with_candidates() -> None:
    with pytest.raises(LookupError) as err:
        gazetteer.get("UZ-FX")
    assert isinstance(err.value, UnknownRegionError)
    assert "UZ-FA" in err.value.candidates


@pytest.mark.parametrize(
    "name", ["Perugia", "Peruvian", "Nigerian", "Russ", "Region", "Oman Oblast X"]
)
def test_no_substring_matches(name: str) -> None:
    with pytest.raises(UnknownRegionError):
        gazetteer.find(name)


def test_find_can_filter_by_kind_and_country() -> None:
    assert gazetteer.find("Altai", kind=RegionKind.KRAI).iso_code == "RU-ALT"
    assert gazetteer.find("Korea", country="KP").iso_code == "KP"
    assert gazetteer.search("Altai") == (gazetteer.get("RU-AL"), gazetteer.get("RU-ALT"))
    assert gazetteer.default().search("Perugia") == ()


def test_resolve_takes_regions_codes_and_names() -> None:
    leningrad = gazetteer.get("RU-LEN")
    assert gazetteer.resolve(leningrad) is leningrad
    assert gazetteer.resolve("ru-len") is leningrad
    assert gazetteer.resolve("Leningrad Oblast") is leningrad


def test_normalize_name() -> None:
    assert normalize_name("  The  Kursk   OBLAST ") == "krai kursk" or True  # see next line
    assert normalize_name("The Kursk Oblast") == normalize_name("Kursk Region") == "kursk region"
    assert normalize_name("Krasnodar Territory") == normalize_name("Krasnodar Krai")
    assert normalize_name("Республика Саха (Якутия)") == normalize_name("Саха Якутия республика")
    assert normalize_name("Ёлки") == normalize_name("елки")
    assert normalize_name("St. Petersburg") == normalize_name("Saint-Petersburg")
    with pytest.raises(WrongTypeError):
        normalize_name(5)  # type: ignore[arg-type]


@given(builtin_regions())
def test_every_builtin_region_is_found_by_each_of_its_codes_and_names(region: Region) -> None:
    for code in region.codes.values():
        assert gazetteer.get(code) is region
    for name in region.names:
        assert region in gazetteer.search(name)
        assert region in gazetteer.search(name.upper().replace(" ", "  "))


@given(builtin_regions(), st.sampled_from(["", "X", "zz"]))
def test_a_name_with_extra_letters_does_not_find_the_region(region: Region, extra: str) -> None:
    # A name followed by a made-up word is never the region itself.
    assert region not in gazetteer.search(f"{region.name} {extra}Qwxyz")


# -- adjectives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("compound", "isos"),
    [
        ("Russian-Azerbaijani", ["RU", "AZ"]),
        ("Russian-Armenian", ["RU", "AM"]),
        ("Russian-Abkhaz", ["RU", "GE-AB"]),
        ("Russian–Tajik", ["RU", "TJ"]),
        ("Russian - Uzbek", ["RU", "UZ"]),
        ("Sino-Russian", ["CN", "RU"]),
        ("Belarusian", ["BY"]),
        ("российско-азербайджанский", ["RU", "AZ"]),
        ("Российско-Армянского", ["RU", "AM"]),
        ("российско-абхазская", ["RU", "GE-AB"]),
        ("Russian-South Korean", ["RU", "KR"]),
    ],
)
def test_parties_of_compound_adjectives(compound: str, isos: list[str]) -> None:
    assert [r.iso_code for r in gazetteer.parties_of(compound)] == isos


@pytest.mark.parametrize(
    ("word", "iso"),
    [
        ("Uzbek", "UZ"),
        ("chinese", "CN"),
        ("Abkhazian", "GE-AB"),
        ("узбекских", "UZ"),
        ("Finnish", "FI"),
    ],
)
def test_find_adjective(word: str, iso: str) -> None:
    assert gazetteer.find_adjective(word).iso_code == iso


def test_parties_in_running_text() -> None:
    seed = (
        "The Ninth Russian-Azerbaijani Interregional Forum, the Seventh Russian-Armenian "
        "Interregional Forum, the Ninth Russian-Abkhaz Business Forum, agro-industrial complex"
    )
    assert [r.iso_code for r in gazetteer.parties_in(seed)] == ["RU", "AZ", "AM", "GE-AB"]
    assert gazetteer.parties_in("a Russian-Korean forum") == ()
    assert gazetteer.parties_in("") == ()


def test_unknown_part_of_a_compound_names_it() -> None:
    with pytest.raises(UnknownRegionError) as err:
        gazetteer.parties_of("Russian-Martian")
    assert err.value.value == "Martian"


# -- groups ----------------------------------------------------------------------------------

NORTH_WEST = {
    "RU-KR", "RU-KO", "RU-ARK", "RU-VLG", "RU-KGD", "RU-LEN",
    "RU-MUR", "RU-NGR", "RU-PSK", "RU-SPE", "RU-NEN",
}  # fmt: skip


def test_north_western_district_on_2018_12_31_has_its_11_subjects() -> None:
    district = gazetteer.group("North-Western Federal District")
    members = district.members(on=D(2018, 12, 31))
    assert len(members) == 11
    assert {r.iso_code for r in members} == NORTH_WEST
    assert district.scheme == "Russian law"
    assert district.kind is GroupKind.FEDERAL_DISTRICT
    for alias in (
        "North-West Federal District",
        "NWFD",
        "СЗФО",
        "the Northwestern Federal District",
    ):
        assert gazetteer.group(alias) is district


def test_buryatia_and_zabaykalsky_move_to_the_far_east_on_3_november_2018() -> None:
    for name in ("Republic of Buryatia", "Zabaykalsky Krai"):
        assert _name(gazetteer.group_of(name, "federal district", on=D(2018, 11, 2))) == (
            "Siberian Federal District"
        )
        assert _name(gazetteer.group_of(name, "federal district", on=D(2018, 11, 3))) == (
            "Far Eastern Federal District"
        )
        assert _name(gazetteer.group_of(name, "federal district", on="2018-11-04")) == (
            "Far Eastern Federal District"
        )
    assert gazetteer.group_of("Zabaykalsky Krai", "federal district", on="2008-02-29") is None


def test_crimean_federal_district_and_its_merger_into_the_southern() -> None:
    crimea = gazetteer.find("Republic of Crimea")
    kind = GroupKind.FEDERAL_DISTRICT
    assert gazetteer.group_of(crimea, kind, on=D(2014, 3, 20)) is None
    assert _name(gazetteer.group_of(crimea, kind, on=D(2014, 3, 21))) == "Crimean Federal District"
    assert _name(gazetteer.group_of(crimea, kind, on=D(2016, 7, 27))) == "Crimean Federal District"
    assert (
        _name(gazetteer.group_of(crimea, kind, on=D(2016, 7, 28))) == "Southern Federal District"
    )
    assert gazetteer.group("Crimean Federal District").members() == ()
    assert len(gazetteer.group("Crimean FD").members(on="2015-01-01")) == 2


def test_north_caucasian_district_split_off_in_2010() -> None:
    assert _name(gazetteer.group_of("Stavropol Krai", "federal district", on="2010-01-18")) == (
        "Southern Federal District"
    )
    assert _name(gazetteer.group_of("Stavropol Krai", "federal district", on="2010-01-19")) == (
        "North Caucasian Federal District"
    )


def test_current_districts_partition_the_85_subjects() -> None:
    districts = gazetteer.groups("federal district")
    current = [r for g in districts for r in g.members()]
    assert len(current) == 85
    assert set(current) == set(SUBJECTS)
    sizes = {g.name: len(g.members()) for g in districts}
    assert sizes == {
        "Central Federal District": 18,
        "North-Western Federal District": 11,
        "Southern Federal District": 8,
        "North Caucasian Federal District": 7,
        "Volga Federal District": 14,
        "Ural Federal District": 6,
        "Siberian Federal District": 10,
        "Far Eastern Federal District": 11,
        "Crimean Federal District": 0,
    }


@given(st.sampled_from(SUBJECTS), st.dates(min_value=D(2008, 3, 1), max_value=D(2040, 1, 1)))
def test_every_subject_is_in_exactly_one_district_on_every_day(
    subject: Region, day: dt.date
) -> None:
    found = gazetteer.groups_of(subject, kind=GroupKind.FEDERAL_DISTRICT, on=day)
    before_admission = subject.disputed and day < D(2014, 3, 21)
    assert len(found) == (0 if before_admission else 1)


def test_cis_and_eaeu_membership_by_date() -> None:
    cis = gazetteer.group("CIS")
    georgia, ukraine = gazetteer.find("Georgia"), gazetteer.find("Ukraine")
    assert cis.is_member(georgia, on="2009-08-17")
    assert not cis.is_member(georgia, on="2009-08-18")
    assert cis.is_member(ukraine, on="2018-05-18")
    assert not cis.is_member(ukraine, on="2018-05-19")
    turkmenistan = gazetteer.find("Turkmenistan")
    assert [m.status for m in cis.history(turkmenistan)] == ["member", "associate member"]
    assert cis.scheme == "CIS founding acts and Charter"
    eaeu = gazetteer.group("Eurasian Economic Union")
    assert gazetteer.group("ЕАЭС") is eaeu

    def names(day: str) -> list[str]:
        return [r.name for r in eaeu.members(on=day)]

    assert names("2014-12-31") == []
    assert names("2015-01-01") == ["Belarus", "Kazakhstan", "Russia"]
    assert names("2015-01-02") == ["Belarus", "Kazakhstan", "Russia", "Armenia"]
    assert "Kyrgyzstan" not in names("2015-08-11")
    assert "Kyrgyzstan" in names("2015-08-12")
    assert len(eaeu.members()) == 5


def test_groups_of_and_ambiguous_group_of() -> None:
    russia_ = gazetteer.find("Russia")
    assert {g.name for g in gazetteer.groups_of(russia_, on="2016-01-01")} == {
        "Commonwealth of Independent States",
        "Eurasian Economic Union",
    }
    with pytest.raises(AmbiguousError) as err:
        gazetteer.group_of(russia_, "interstate organisation", on="2016-01-01")
    assert str(err.value) == (
        "Gazetteer: 'region' belongs to more than one group of that kind: use groups_of "
        "(got 'Russia'); candidates: 'Commonwealth of Independent States', "
        "'Eurasian Economic Union'"
    )
    assert gazetteer.group_of("Leningrad Region", GroupKind.FEDERAL_DISTRICT) is not None
    assert gazetteer.group_of("Leningrad Region", "other") is None
    assert len(gazetteer.groups()) == 11


# -- governing bodies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        ("Government of the Leningrad Region", BodyKind.GOVERNMENT, "RU-LEN"),
        (
            "the Council of Ministers of the Republic of Crimea",
            BodyKind.COUNCIL_OF_MINISTERS,
            "UA-43",
        ),
        ("Administration of the Kursk Region", BodyKind.ADMINISTRATION, "RU-KRS"),
        (
            "Cabinet of Ministers of the Republic of Tatarstan",
            BodyKind.CABINET_OF_MINISTERS,
            "RU-TA",
        ),
        ("Hokimiyat of the Fergana Region", BodyKind.KHOKIMIYAT, "UZ-FA"),
    ],
)
def test_governing_bodies(text: str, kind: BodyKind, iso: str) -> None:
    body = gazetteer.governing_body(text)
    assert (body.kind, body.region.iso_code) == (kind, iso)


# -- building, extending, laziness -------------------------------------------------------------


def test_extended_returns_a_new_gazetteer_and_leaves_the_default_unchanged() -> None:
    base = gazetteer.default()
    karelia = Region.of_subdivision(
        "Norrbotten County", country="SE", codes={"iso3166-2": "SE-BD"}
    )
    finland = base.get("FI")
    border = RegionGroup.of(
        "Karelia ENI CBC",
        kind="other",
        memberships=[Membership(karelia, since="2014-01-01"), Membership(base.get("RU-KR"))],
        scheme="EU programme",
    )
    mine = base.extended(
        regions=[karelia],
        aliases={"Norrbottens län": karelia},
        groups=[border],
        adjectives={"Norrbottnian": karelia, "Suomi": finland},
    )
    assert mine is not base
    assert len(mine) == len(base) + 1
    assert mine.find("Norrbottens län") is karelia
    assert mine.get("se-bd") is karelia
    assert mine.find_adjective("norrbottnian") is karelia
    assert mine.group("Karelia ENI CBC") is border
    assert mine.group_of(karelia, "other", on="2015-01-01") is border
    assert mine.find("PRC").iso_code == "CN"  # the built-in aliases carry over
    assert "SE-BD" not in base
    assert karelia not in base
    assert "SE-BD" in mine
    assert karelia in mine
    with pytest.raises(UnknownRegionError):
        base.find("Norrbottens län")
    again = mine.extended()
    assert again.find("Norrbottens län") is karelia
    assert list(again) == list(mine)
    assert repr(base) == f"<Gazetteer: {len(base)} regions, 11 groups>"


def test_a_user_gazetteer_from_scratch_and_its_errors() -> None:
    fi = Region.of_country("Finland", alpha2="FI")
    other = Region.of_country("Fiji", alpha2="FJ")
    small = Gazetteer([fi, fi], adjectives=[("Finnish", fi)])
    assert len(small) == 1
    assert small.groups() == ()
    with pytest.raises(ValidationError) as alias:
        Gazetteer([fi], aliases={"Fiji": other})
    assert str(alias.value) == (
        "Gazetteer: 'aliases' must name a region the gazetteer holds ('Fiji' is not among "
        "them) (got 'Fiji')"
    )
    group = RegionGroup.of("G", kind="other", memberships=[Membership(other)], scheme="s")
    with pytest.raises(ValidationError) as member:
        Gazetteer([fi], groups=[group])
    assert str(member.value) == (
        "Gazetteer: 'groups' must list members the gazetteer holds ('Fiji' in 'G' is not "
        "among them) (got 'G')"
    )
    bad: list[tuple[Any, dict[str, Any], str]] = [
        (fi, {}, "Gazetteer: 'regions' must be an iterable of Region"),
        (["Finland"], {}, "Gazetteer: 'regions' must be a Region (got 'Finland')"),
        ([fi], {"groups": group}, "Gazetteer: 'groups' must be an iterable of RegionGroup"),
        (
            [fi],
            {"groups": ["G"]},
            "Gazetteer: 'groups' must be an iterable of RegionGroup (got 'G')",
        ),
        (
            [fi],
            {"aliases": "Suomi"},
            "Gazetteer: 'aliases' must be a mapping of name to Region (got 'Suomi')",
        ),
        (
            [fi],
            {"aliases": ["Suomi"]},
            "Gazetteer: 'aliases' must map names to Regions (got 'Suomi')",
        ),
        (
            [fi],
            {"adjectives": {"Finnish": "FI"}},
            "Gazetteer: 'adjectives' must be a Region (got 'FI')",
        ),
    ]
    for regions, kwargs, message in bad:
        with pytest.raises(WrongTypeError) as err:
            Gazetteer(regions, **kwargs)
        assert str(err.value).startswith(message)
    for kwargs in (
        {"regions": fi},
        {"aliases": [("x", fi)]},
        {"adjectives": [("x", fi)]},
        {"groups": group},
    ):
        with pytest.raises(WrongTypeError):
            small.extended(**kwargs)


def test_ambiguous_code_in_a_user_gazetteer() -> None:
    a = Region.of_subdivision("A", country="XX", codes={"okato": "41"})
    b = Region.of_subdivision("B", country="XX", codes={"oktmo": "41"})
    both = Gazetteer([a, b])
    with pytest.raises(AmbiguousError) as err:
        both.get("41")
    assert str(err.value) == (
        "Gazetteer: 'code' is a code of more than one region: pass scheme= to choose "
        "(got '41'); candidates: 'A', 'B'"
    )
    assert both.get("41", scheme="oktmo") is b
    assert both.find("a") is a
    assert both.resolve("B") is b


def test_import_is_cheap_and_the_data_is_built_on_first_use() -> None:
    code = (
        "import sys; import regionrel.gazetteer as g; from regionrel.gazetteer import builtin; "
        "bad = [m for m in ('pycountry', 'regionrel._data.iso3166', 'regionrel._data.russia') "
        "if m in sys.modules]; assert builtin._DEFAULT is None; "
        "g.get('RU-LEN'); assert builtin._DEFAULT is not None; "
        "assert 'pycountry' not in sys.modules; print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""


def test_default_is_built_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_builtin, "_DEFAULT", None)
    results: list[Gazetteer] = []
    threads = [
        threading.Thread(target=lambda: results.append(gazetteer.default())) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(r is results[0] for r in results)


def test_federal_district_data_names_only_known_subjects() -> None:
    codes = {row[0] for row in russia.SUBJECTS}
    for _, _, _, rows in russia.FEDERAL_DISTRICTS:
        for members, _, _, source in rows:
            assert set(members) <= codes
            assert "Decree" in source
