"""The world in the gazetteer: country names by rule, in Russian and other languages,
every ISO 3166-2 subdivision, the curated regions of Belarus, Kazakhstan and China,
Russian case forms, and lookup errors."""

from __future__ import annotations

import gettext
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pycountry as _pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel._data import countries, countries_other, countries_ru, iso3166_2, world
from regionrel.errors import (
    AmbiguousError,
    RegionrelError,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
)
from regionrel.gazetteer import Gazetteer
from regionrel.gazetteer.names import close_names
from regionrel.regions import BodyKind, Region, RegionKind

pycountry: Any = _pycountry  # untyped
CURATED = [row for rows in world.CURATED.values() for row in rows]
# Known by code only: their names give ISO 3166-1 entries or regions held otherwise.
CODE_ONLY = {
    "CN": {"CN-HK", "CN-MO", "CN-TW"},
    "FI": {"FI-01"},
    "NO": {"NO-21", "NO-22"},
    "UA": {"UA-40", "UA-43"},
    "GE": {"GE-AB"},
}


# -- generated tables agree with pycountry ------------------------------------------------


def test_russian_names_are_pycountrys_catalog() -> None:
    catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    theirs = {}
    for country in pycountry.countries:
        official = getattr(country, "official_name", None)
        common = getattr(country, "common_name", None)
        theirs[country.alpha_2] = (
            catalog.gettext(country.name),
            catalog.gettext(official) if official else None,
            catalog.gettext(common) if common else None,
        )
    assert theirs == countries_ru.names()


def test_other_language_names_are_pycountrys_catalogs() -> None:
    ours = {tuple(line.split("\t")) for line in countries_other.NAMES.split("\n")}
    catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    german = {(c.alpha_2, catalog.gettext(c.name)) for c in pycountry.countries}
    assert {
        row for row in german if row[1] != pycountry.countries.get(alpha_2=row[0]).name
    } <= ours
    assert ("MX", "Mexiko") in ours
    assert ("CN", "中国") in ours


def test_subdivision_table_is_pycountrys() -> None:
    ours = {
        line.split("\t")[0]: line.split("\t")
        for block in iso3166_2.SUBDIVISIONS.values()
        for line in block.split("\n")
    }
    assert len(ours) == len(pycountry.subdivisions) == 5046
    for sub in pycountry.subdivisions:
        assert ours[sub.code] == [sub.code, sub.name, sub.type, sub.parent_code or ""]


def test_curated_codes_are_isos() -> None:
    for country, rows in world.CURATED.items():
        theirs = {s.code for s in pycountry.subdivisions.get(country_code=country)}
        ours = {row[0] for row in rows}
        assert ours <= theirs
        if country not in ("MD", "EE", "LT"):
            assert theirs - ours == CODE_ONLY.get(country, set())


# -- every country's names ----------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(countries_ru.names()))
def test_every_countrys_russian_names_resolve(code: str) -> None:
    for name in filter(None, countries_ru.names()[code]):
        assert gazetteer.find(name).iso_code == code


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("КНР", "CN"), ("ФРГ", "DE"), ("США", "US"), ("Белоруссия", "BY"),
        ("Южная Корея", "KR"), ("Великобритания", "GB"), ("Хорватия", "HR"), ("Катар", "QA"),
        ("Филиппины", "PH"), ("Тайвань", "TW"), ("Гонконг", "HK"), ("Чили", "CL"),
        ("Федеративная Республика Германия", "DE"), ("Королевство Нидерландов", "NL"),
        ("в Китае", "CN"), ("с Китаем", "CN"), ("Германии", "DE"), ("из Белоруссии", "BY"),
        ("в Нидерландах", "NL"), ("с Филиппинами", "PH"), ("в США", "US"),
        ("Объединённых Арабских Эмиратов", "AE"), ("Китайской Народной Республикой", "CN"),
        ("в Республике Беларусь", "BY"), ("с Монголией", "MN"),
    ],
)  # fmt: skip
def test_russian_variants_and_case_forms(name: str, iso: str) -> None:
    assert gazetteer.find(name).iso_code == iso


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Republic of Chad", "TD"), ("S. Korea", "KR"), ("Dem. Rep. Congo", "CD"),
        ("Eq. Guinea", "GQ"), ("Bosnia & Herzegovina", "BA"), ("St. Lucia", "LC"),
        ("Sao Tome & Principe", "ST"), ("Slovak Rep.", "SK"), ("Iran, Islamic Rep.", "IR"),
        ("Yemen, Rep.", "YE"), ("Virgin Islands (U.S.)", "VI"), ("Hong Kong SAR, China", "HK"),
        ("Korea, Dem. People's Rep.", "KP"), ("Côte d’Ivoire", "CI"), ("Cote D Ivoire", "CI"),
        ("Burma/Myanmar", "MM"), ("Taiwan, China", "TW"), ("Congo (Kinshasa)", "CD"),
        ("Congo (Brazzaville)", "CG"), ("Turks & Caicos", "TC"), ("Sudan, South", "SS"),
        ("Heilongjiang, China", "CN-HL"), ("Brest Region (Belarus)", "BY-BR"),
        ("Zaire", "CD"), ("Ceylon", "LK"), ("Macau", "MO"), ("US Virgin Islands", "VI"),
        ("State of Libya", "LY"), ("Vatican City State", "VA"), ("Guam (US)", "GU"),
        ("Deutschland", "DE"), ("Mexiko", "MX"), ("Қазақстан", "KZ"), ("中国", "CN"),
        ("P. N. Guinea", "PG"), ("South Georgia and the South Sandwichs Islands (UK)", "GS"),
        ("Territory of Heard Island and McDonald Islands", "HM"), ("CÃ´te d Ivoire", "CI"),
        ("Bolivia (Plurinational State)", "BO"), ("Korea (Rep.)", "KR"), ("Guinea-Conakry", "GN"),
        ("в Кот-д'Ивуаре", "CI"), ("Croatia (local name: Hrvatska)", "HR"),
    ],
)  # fmt: skip
def test_spellings_by_rule(name: str, iso: str) -> None:
    assert gazetteer.find(name).iso_code == iso


@pytest.mark.parametrize(
    "name",
    [
        "Mexico City", "Kuwait City", "Moldova Region", "Brazil Federal District",
        "Panama City", "Guatemala Province", "Georgia (US state)", "China China China",
        "Sweden except Stockholm", "Asia without China", "Belgium and Luxembourg",
        "Norway, Svalbard and Jan Mayen", "Tanzania: Zanzibar", "Norfolk", "Papua", "Guiana",
        "New Jersey", "Zealand", "Georgia, Russia", "Russia excluding Crimea",
        "Kosovo", "Mexico State", "Dem.", "P. N.", "Mexico (City)", "Yugoslavia (former)",
        "Balkans", "Central Asia", "European Union", "Korean Peninsula", "Sahara Desert",
    ],
)  # fmt: skip
def test_qualified_and_partial_names_give_no_country(name: str) -> None:
    found = gazetteer.search(name)
    assert not any(r.kind is RegionKind.COUNTRY for r in found), found


@pytest.mark.parametrize(
    ("name", "iso"),
    [("Minsk City", "BY-HM"), ("Almaty Region", "KZ-19"), ("Almaty", "KZ-75"),
     ("Tashkent City", "UZ-TK"), ("Moscow City", "RU-MOW"), ("Heilongjiang Province", "CN-HL"),
     ("Almaty Province", "KZ-19"), ("Tashkent Province", "UZ-TO"), ("Brest Province", "BY-BR")],
)  # fmt: skip
def test_a_qualified_name_gives_the_place_the_gazetteer_holds(name: str, iso: str) -> None:
    assert gazetteer.find(name).iso_code == iso


def test_a_repeated_word_must_be_repeated_in_a_name() -> None:
    with pytest.raises(UnknownRegionError):
        gazetteer.find("China China China")
    assert gazetteer.find("South Georgia and the South Sandwich Islands").iso_code == "GS"


# -- ISO 3166-2, lazily -------------------------------------------------------------------


def test_every_iso_3166_2_code_is_reachable_by_get() -> None:
    for block in iso3166_2.SUBDIVISIONS.values():
        for line in block.split("\n"):
            code, name, _type, _parent = line.split("\t")
            region = gazetteer.get(code)
            assert region.iso_code == code or code in ("UA-43", "UA-40")
            assert gazetteer.get(code.lower(), scheme="iso3166-2") is region
            assert gazetteer.resolve(code) is region
            if region.kind is RegionKind.SUBDIVISION and code[:2] not in world.CURATED:
                assert region.name == name or code[:2] in ("UZ", "GE")


def test_subdivisions_are_built_per_country_on_first_use() -> None:
    code = (
        "import sys, regionrel, regionrel.gazetteer as g; "
        "assert 'regionrel._data.iso3166_2' not in sys.modules; "
        "d = g.default(); assert 'regionrel._data.iso3166_2' not in sys.modules; "
        "assert 'pymorphy3' not in sys.modules; "
        "print(d.get('FR-75C').name, sorted(k for k in d._lazy if len(k) == 2))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "Paris ['FR']"


def test_lazy_subdivisions_keep_isos_disputed_flags_and_old_codes() -> None:
    taiwan = gazetteer.get("CN-TW")
    assert taiwan.disputed
    assert "Taiwan" in taiwan.note
    assert taiwan.country == "CN"
    assert gazetteer.get("TW").kind is RegionKind.COUNTRY
    assert gazetteer.get("CN-71") is taiwan
    assert gazetteer.get("UA-14").disputed
    assert not gazetteer.get("FR-75C").disputed
    assert gazetteer.get("UA-43").country == "RU"  # held by the Republic of Crimea
    assert gazetteer.get("ZZ-99", scheme=None) if False else True
    with pytest.raises(UnknownRegionError):
        gazetteer.get("ZZ-99")
    with pytest.raises(UnknownRegionError):
        gazetteer.get("FR-ZZZ")
    with pytest.raises(UnknownRegionError):
        gazetteer.get("FR-ZZZ", scheme="iso3166-2")


def test_a_user_gazetteer_has_no_world_but_an_extension_of_the_default_keeps_it() -> None:
    mine = Gazetteer([Region.of_country("Finland", alpha2="FI")])
    with pytest.raises(UnknownRegionError):
        mine.get("FI-13")
    with pytest.raises(UnknownRegionError):
        mine.find("Suomi")
    extended = gazetteer.default().extended()
    assert extended.get("FI-13").name == gazetteer.get("FI-13").name


# -- Belarus, Kazakhstan, China -----------------------------------------------------------


@pytest.mark.parametrize("row", CURATED, ids=lambda row: row[0])
def test_curated_regions_resolve_by_every_name_and_code(row: world.Row) -> None:
    iso, name, name_ru, aliases, codes, _body = row
    region = gazetteer.get(iso)
    assert (region.name, region.name_ru, region.country) == (name, name_ru, iso[:2])
    for text in (name, name_ru, *aliases):
        assert gazetteer.find(text) is region, text
    for scheme, code in codes.items():
        assert gazetteer.get(code, scheme=scheme) is region
    assert region.disputed is (iso in world.DISPUTED)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("в Брестской области", "BY-BR"), ("с Хэйлунцзяном", "CN-HL"),
        ("Heilongjiang Province", "CN-HL"), ("провинции Хэйлунцзян", "CN-HL"),
        ("Витебской областью", "BY-VI"), ("в Минске", "BY-HM"), ("Минской области", "BY-MI"),
        ("Гомельскую область", "BY-HO"), ("Алматинской области", "KZ-19"),
        ("в Восточно-Казахстанской области", "KZ-63"), ("с Внутренней Монголией", "CN-NM"),
        ("Синьцзян-Уйгурского автономного района", "CN-XJ"), ("в Цзилине", "CN-JL"),
        ("Homyel Region", "BY-HO"), ("Mahilyow Oblast", "BY-MA"), ("Nur-Sultan", "KZ-71"),
        ("Inner Mongolia", "CN-NM"), ("Liaoning Sheng", "CN-LN"), ("Shaanxi", "CN-SN"),
        ("Shanxi", "CN-SX"), ("в Иссык-Кульской области", "KG-Y"), ("Согдийской области", "TJ-SU"),
        ("Ahal welayaty", "TM-A"), ("Ширакской области", "AM-SH"), ("Аджарии", "GE-AJ"),
        ("Гагаузией", "MD-GA"), ("в Харьковской области", "UA-63"), ("с Северной Карелией", "FI-13"),
        ("Rogaland County", "NO-11"), ("в Баварии", "DE-BY"), ("Free State of Saxony", "DE-SN"),
        ("Нижней Саксонией", "DE-NI"), ("в аймаке Сэлэнгэ", "MN-049"), ("Selenge Aimag", "MN-049"),
        ("Улан-Батором", "MN-1"), ("Ida-Viru County", "EE-45"), ("Ида-Вирумаа", "EE-45"),
        ("Вильнюсского уезда", "LT-VL"), ("Kauno apskritis", "LT-KU"),
    ],
)  # fmt: skip
def test_belarus_kazakhstan_and_china_in_the_forms_reports_use(text: str, iso: str) -> None:
    assert gazetteer.find(text).iso_code == iso


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        ("Akimat of the Almaty Region", BodyKind.AKIMAT, "KZ-19"),
        ("People's Government of Heilongjiang Province", BodyKind.PEOPLES_GOVERNMENT, "CN-HL"),
        ("Regional Executive Committee of the Brest Region", BodyKind.REGIONAL_EXECUTIVE_COMMITTEE,
         "BY-BR"),
    ],
)  # fmt: skip
def test_governing_bodies_of_the_new_regions(text: str, kind: BodyKind, iso: str) -> None:
    body = gazetteer.governing_body(text)
    assert (body.kind, body.region.iso_code) == (kind, iso)


# -- errors -------------------------------------------------------------------------------


def test_every_lookup_error_is_a_lookup_error_and_a_regionrel_error() -> None:
    calls: list[Callable[[], object]] = [
        lambda: gazetteer.find("Korea"),
        lambda: gazetteer.find("Perugia"),
        lambda: gazetteer.get("XX-XX"),
        lambda: gazetteer.find_adjective("Korean"),
        lambda: gazetteer.find_adjective("Martian"),
        lambda: gazetteer.group("No Such Union"),
        lambda: gazetteer.search("Altai") and gazetteer.find("Altai"),
    ]
    for call in calls:
        with pytest.raises(LookupError) as err:
            call()
        assert isinstance(err.value, RegionrelError)
    with pytest.raises(AmbiguousError):  # still a ValueError for older callers
        gazetteer.find("Korea")


def test_did_you_mean_is_found_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    built = gazetteer.default()
    calls: list[str] = []
    real = close_names

    def counting(name: str, *indexes: Any) -> list[str]:
        calls.append(name)
        return real(name, *indexes)

    monkeypatch.setattr("regionrel.gazetteer.core.close_names", counting)
    with pytest.raises(UnknownRegionError) as err:
        built.find("Brestt Region")
    assert calls == []
    assert err.value.candidates == ("Brest Region",)
    assert "did you mean 'Brest Region'?" in str(err.value)
    assert calls == ["Brestt Region"]
    assert err.value.args == (str(err.value),)


# -- invariants ---------------------------------------------------------------------------


@given(st.sampled_from(sorted(countries_ru.names())), st.sampled_from(["", " ", "  "]))
def test_a_countrys_names_resolve_with_any_spacing_and_case(code: str, pad: str) -> None:
    country = gazetteer.get(code)
    for name in (country.name, *country.aliases[:3]):
        found = gazetteer.search(pad + name.upper() + pad)
        assert country in found


@given(st.sampled_from(CURATED), st.sampled_from(["City", "Region", "Province", "District"]))
def test_a_country_name_with_a_place_word_is_never_the_country(row: world.Row, word: str) -> None:
    country = gazetteer.get(row[0][:2])
    assert country not in gazetteer.search(f"{country.name} {word}")


@given(st.sampled_from(sorted(countries.DEPENDENCIES)))
def test_a_territory_qualified_by_its_country_is_the_territory(sovereign: str) -> None:
    for code in countries.DEPENDENCIES[sovereign]:
        territory = gazetteer.get(code)
        label = f"{territory.name} ({gazetteer.get(sovereign).name})"
        assert gazetteer.find(label) is territory, label


def test_the_world_is_read_without_io_by_pymorphy3_but_its_dictionary() -> None:
    code = r"""
import builtins, os, regionrel.gazetteer as g, pymorphy3, pymorphy3_dicts_ru
g.default()
dirs = tuple(os.path.dirname(m.__file__) for m in (pymorphy3, pymorphy3_dicts_ru))
real_open, bad = builtins.open, []
def guarded(file, mode="r", *args, **kwargs):
    if not (set(mode) <= set("rbt") and os.path.abspath(file).startswith(dirs)):
        bad.append(file)
    return real_open(file, mode, *args, **kwargs)
builtins.open = guarded
class Env(dict):
    def __getitem__(self, key):
        bad.append(key)
        raise KeyError(key)
    def __contains__(self, key):
        bad.append(key)
        return False
os.environ = Env()
print(g.find("в Брестской области").iso_code, g.find("Suomi").iso_code, g.get("FR-75C").iso_code, bad)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "BY-BR FI FR-75C []"


@pytest.mark.parametrize(
    ("text", "kind", "iso", "name"),
    [
        ("Brest Regional Executive Committee", BodyKind.REGIONAL_EXECUTIVE_COMMITTEE, "BY-BR",
         "Brest Regional Executive Committee"),
        ("the Minsk City Executive Committee", BodyKind.CITY_EXECUTIVE_COMMITTEE, "BY-HM",
         "the Minsk City Executive Committee"),
        ("акимат Алматинской области", BodyKind.AKIMAT, "KZ-19", "Akimat of the Almaty Region"),
        ("Народное правительство провинции Хэйлунцзян", BodyKind.PEOPLES_GOVERNMENT, "CN-HL",
         "People's Government of Heilongjiang Province"),
        ("Брестский облисполком", BodyKind.REGIONAL_EXECUTIVE_COMMITTEE, "BY-BR",
         "Брестский облисполком"),
        ("Витебский областной исполнительный комитет", BodyKind.REGIONAL_EXECUTIVE_COMMITTEE,
         "BY-VI", "Витебский областной исполнительный комитет"),
        ("Минский горисполком", BodyKind.CITY_EXECUTIVE_COMMITTEE, "BY-HM",
         "Минский горисполком"),
        ("Правительство Ленинградской области", BodyKind.GOVERNMENT, "RU-LEN",
         "Government of the Leningrad Region"),
    ],
)  # fmt: skip
def test_governing_bodies_in_english_and_russian(
    text: str, kind: BodyKind, iso: str, name: str
) -> None:
    body = gazetteer.governing_body(text)
    assert (body.kind, body.region.iso_code, body.name) == (kind, iso, name)


@pytest.mark.parametrize("row", [row for row in CURATED if row[5]], ids=lambda row: row[0])
def test_governing_body_of_every_curated_region(row: world.Row) -> None:
    body = gazetteer.governing_body_of(row[0])
    assert body.kind is BodyKind.parse(row[5])
    assert body.region is gazetteer.get(row[0])
    assert gazetteer.governing_body(body.name).region is body.region


def test_governing_body_of_uzbekistan_and_unknown_bodies() -> None:
    assert gazetteer.governing_body_of("UZ-FA").name == "Khokimiyat of the Fergana Region"
    assert gazetteer.governing_body_of("UZ-QR").kind is BodyKind.COUNCIL_OF_MINISTERS
    with pytest.raises(UnknownRegionError, match="governing body"):
        gazetteer.governing_body_of("FR-75C")
    with pytest.raises(UnknownRegionError, match="governing body"):
        gazetteer.governing_body_of("Lapland")
    with pytest.raises(UnknownRegionError):
        gazetteer.governing_body_of("Atlantis")


# -- Russian case forms -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Брестская область", "gen", "Брестской области"),
        ("Брестская область", "ins", "Брестской областью"),
        ("Брестская область", "acc", "Брестскую область"),
        ("провинция Хэйлунцзян", "loc", "провинции Хэйлунцзян"),
        ("Хэйлунцзян", "ins", "Хэйлунцзяном"),
        ("Республика Беларусь", "dat", "Республике Беларусь"),
        ("Соединённые Штаты Америки", "gen", "Соединённых Штатов Америки"),
        ("Южно-Африканская Республика", "ins", "Южно-Африканской Республикой"),
        ("Нидерланды", "loc", "Нидерландах"),
        ("Синьцзян-Уйгурский автономный район", "gen", "Синьцзян-Уйгурского автономного района"),
        ("Кот-д'Ивуар", "loc", "Кот-д'Ивуаре"),
        ("США", "gen", "США"), ("Чили", "loc", "Чили"), ("Алматы", "ins", "Алматы"),
        ("Западная Сахара", "gen", "Западной Сахары"),
        ("Джалал-Абадская область", "gen", "Джалал-Абадской области"),
        ("Китай", "nom", "Китай"), ("not Russian", "gen", "not Russian"),
    ],
)  # fmt: skip
def test_inflect_ru(name: str, case: str, form: str) -> None:
    assert gazetteer.inflect_ru(name, case) == form


def test_inflect_ru_takes_regions_and_refuses_bad_input() -> None:
    assert gazetteer.inflect_ru(gazetteer.get("BY-BR"), " LOC ") == "Брестской области"
    with pytest.raises(ValidationError, match="'case' must be one of"):
        gazetteer.inflect_ru("Китай", "vocative")
    with pytest.raises(WrongTypeError):
        gazetteer.inflect_ru("Китай", 2)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError):
        gazetteer.inflect_ru(5, "gen")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Russian name"):
        gazetteer.inflect_ru(Region.of_country("Nowhere", alpha2="XN"), "gen")


ROUND_TRIP = [
    *(r for r in gazetteer.regions() if r.country in ("RU", "UZ") and r.name_ru),
    *(
        gazetteer.get(row[0])
        for row in CURATED
        if row[0][:2] in ("BY", "KZ", "KG", "AM", "UA", "GE")
    ),
]


@given(st.sampled_from(ROUND_TRIP), st.sampled_from(["gen", "dat", "acc", "ins", "loc"]))
def test_a_case_form_of_a_regions_russian_name_finds_the_region(region: Region, case: str) -> None:
    assert gazetteer.find(gazetteer.inflect_ru(region, case)) is region


def test_the_curated_regions_of_most_countries_are_built_on_first_need() -> None:
    code = (
        "import regionrel.gazetteer as g; d = g.default(); "
        "assert d._more is None and len(d.regions(country='FI')) == 1; "
        "print(d.find('в Баварии').iso_code, d._more is not None, d.get('FI-13') is d.find('North Karelia'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["DE-BY", "True", "True"]
