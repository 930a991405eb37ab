"""Regions of the countries Russian regions deal with most: Belarus, Kazakhstan, China.

Each row: ISO 3166-2 code, English name, Russian name, other names (English
and Russian: romanizations, ISO's own name, the bare name without its generic
word), other codes by scheme, and the kind of body that governs the region.

Sources: ISO 3166-2:BY, ISO 3166-2:KZ and ISO 3166-2:CN (cross-checked against
pycountry in tests); China's two-digit province codes of GB/T 2260, which
ISO 3166-2 used as CN-11 ... CN-91 until November 2017 (kept as the scheme
``iso3166-2-2017``, dated by its name, and as GB/T 2260's six-digit codes under
``cn-gb2260``); Kazakhstan's regional akimats and Belarus's regional executive
committees as their own sites name them. English names follow the forms used
in agreements with Russian regions ("Brest Region", "Heilongjiang Province").
"""

from __future__ import annotations

Row = tuple[str, str, str, tuple[str, ...], dict[str, str], str]

#: Belarus: six regions (voblasts) and the city of Minsk.
BELARUS: tuple[Row, ...] = (
    ("BY-BR", "Brest Region", "Брестская область",
     ("Brest Oblast", "Brest Voblast", "Bresckaja voblasć", "Brestskaya oblast", "Брестчина"),
     {}, "Regional Executive Committee"),
    ("BY-HO", "Gomel Region", "Гомельская область",
     ("Gomel Oblast", "Homiel Region", "Homyel Region", "Homel Region", "Homieĺskaja voblasć",
      "Gomelskaya oblast", "Гомельщина"),
     {}, "Regional Executive Committee"),
    ("BY-HR", "Grodno Region", "Гродненская область",
     ("Grodno Oblast", "Hrodna Region", "Hrodzienskaja voblasć", "Grodnenskaya oblast",
      "Гродненщина"),
     {}, "Regional Executive Committee"),
    ("BY-MA", "Mogilev Region", "Могилёвская область",
     ("Mogilev Oblast", "Mogilyov Region", "Mahilyow Region", "Mahilioŭ Region",
      "Mahilioŭskaja voblasć", "Mogilevskaya oblast", "Могилёвщина"),
     {}, "Regional Executive Committee"),
    ("BY-MI", "Minsk Region", "Минская область",
     ("Minsk Oblast", "Minskaja voblasć", "Minskaya oblast", "Минщина"),
     {}, "Regional Executive Committee"),
    ("BY-VI", "Vitebsk Region", "Витебская область",
     ("Vitebsk Oblast", "Viciebsk Region", "Vitsebsk Region", "Viciebskaja voblasć",
      "Vitebskaya oblast", "Витебщина"),
     {}, "Regional Executive Committee"),
    ("BY-HM", "Minsk", "Минск",
     ("Minsk City", "City of Minsk", "Horad Minsk", "город Минск"),
     {}, "City Executive Committee"),
)  # fmt: skip

#: Kazakhstan: seventeen regions (oblystar) and three cities of republican significance.
KAZAKHSTAN: tuple[Row, ...] = (
    ("KZ-10", "Abai Region", "Абайская область",
     ("Abay Region", "Abay oblysy", "область Абай"), {}, "Akimat"),
    ("KZ-11", "Akmola Region", "Акмолинская область",
     ("Aqmola Region", "Aqmola oblysy"), {}, "Akimat"),
    ("KZ-15", "Aktobe Region", "Актюбинская область",
     ("Aqtöbe Region", "Aktyubinsk Region", "Aqtöbe oblysy"), {}, "Akimat"),
    ("KZ-19", "Almaty Region", "Алматинская область",
     ("Almaty oblysy", "Alma-Ata Region"), {}, "Akimat"),
    ("KZ-23", "Atyrau Region", "Атырауская область",
     ("Atyraū Region", "Atyraū oblysy"), {}, "Akimat"),
    ("KZ-27", "West Kazakhstan Region", "Западно-Казахстанская область",
     ("Batys Qazaqstan Region", "Batys Qazaqstan oblysy", "West Kazakhstan"), {}, "Akimat"),
    ("KZ-31", "Jambyl Region", "Жамбылская область",
     ("Zhambyl Region", "Zhambyl oblysy", "Dzhambul Region"), {}, "Akimat"),
    ("KZ-33", "Jetisu Region", "Жетысуская область",
     ("Zhetysu Region", "Zhetisu Region", "Zhetisū oblysy", "область Жетысу"), {}, "Akimat"),
    ("KZ-35", "Karaganda Region", "Карагандинская область",
     ("Qaraghandy Region", "Karagandy Region", "Qaraghandy oblysy"), {}, "Akimat"),
    ("KZ-39", "Kostanay Region", "Костанайская область",
     ("Qostanay Region", "Kustanai Region", "Qostanay oblysy"), {}, "Akimat"),
    ("KZ-43", "Kyzylorda Region", "Кызылординская область",
     ("Qyzylorda Region", "Qyzylorda oblysy"), {}, "Akimat"),
    ("KZ-47", "Mangystau Region", "Мангистауская область",
     ("Mangghystaū Region", "Mangistau Region", "Mangghystaū oblysy"), {}, "Akimat"),
    ("KZ-55", "Pavlodar Region", "Павлодарская область", ("Pavlodar oblysy",), {}, "Akimat"),
    ("KZ-59", "North Kazakhstan Region", "Северо-Казахстанская область",
     ("Soltüstik Qazaqstan Region", "Soltüstik Qazaqstan oblysy", "North Kazakhstan"),
     {}, "Akimat"),
    ("KZ-61", "Turkistan Region", "Туркестанская область",
     ("Turkestan Region", "Türkistan Region", "Türkistan oblysy",
      "South Kazakhstan Region", "Южно-Казахстанская область"), {}, "Akimat"),
    ("KZ-62", "Ulytau Region", "Улытауская область",
     ("Ulytaū Region", "Ulytaū oblysy", "область Улытау"), {}, "Akimat"),
    ("KZ-63", "East Kazakhstan Region", "Восточно-Казахстанская область",
     ("Shyghys Qazaqstan Region", "Shyghys Qazaqstan oblysy", "East Kazakhstan"), {}, "Akimat"),
    ("KZ-71", "Astana", "Астана",
     ("Astana City", "City of Astana", "Nur-Sultan", "Нур-Султан", "город Астана"), {}, "Akimat"),
    ("KZ-75", "Almaty", "Алматы",
     ("Almaty City", "City of Almaty", "Alma-Ata", "Алма-Ата", "город Алматы"), {}, "Akimat"),
    ("KZ-79", "Shymkent", "Шымкент",
     ("Shymkent City", "City of Shymkent", "Chimkent", "город Шымкент"), {}, "Akimat"),
)  # fmt: skip


def _cn(iso: str, gb: str, name: str, name_ru: str, aliases: tuple[str, ...]) -> Row:
    codes = {"iso3166-2-2017": f"CN-{gb}", "cn-gb2260": f"{gb}0000"}
    return (iso, name, name_ru, aliases, codes, "People's Government")


#: China's provincial-level divisions but Hong Kong, Macao and Taiwan, which the
#: gazetteer knows by their ISO 3166-2 codes only (their names give the ISO 3166-1 entries).
CHINA: tuple[Row, ...] = (
    _cn("CN-AH", "34", "Anhui Province", "провинция Аньхой", ("Anhui", "Anhui Sheng", "Аньхой")),
    _cn("CN-BJ", "11", "Beijing", "Пекин", ("Beijing Municipality", "Peking", "Beijing Shi")),
    _cn("CN-CQ", "50", "Chongqing", "Чунцин", ("Chongqing Municipality", "Chongqing Shi")),
    _cn("CN-FJ", "35", "Fujian Province", "провинция Фуцзянь", ("Fujian", "Fujian Sheng", "Фуцзянь")),
    _cn("CN-GD", "44", "Guangdong Province", "провинция Гуандун",
        ("Guangdong", "Guangdong Sheng", "Гуандун")),
    _cn("CN-GS", "62", "Gansu Province", "провинция Ганьсу", ("Gansu", "Gansu Sheng", "Ганьсу")),
    _cn("CN-GX", "45", "Guangxi Zhuang Autonomous Region", "Гуанси-Чжуанский автономный район",
        ("Guangxi", "Guangxi Zhuangzu Zizhiqu", "Гуанси")),
    _cn("CN-GZ", "52", "Guizhou Province", "провинция Гуйчжоу",
        ("Guizhou", "Guizhou Sheng", "Гуйчжоу")),
    _cn("CN-HA", "41", "Henan Province", "провинция Хэнань", ("Henan", "Henan Sheng", "Хэнань")),
    _cn("CN-HB", "42", "Hubei Province", "провинция Хубэй", ("Hubei", "Hubei Sheng", "Хубэй")),
    _cn("CN-HE", "13", "Hebei Province", "провинция Хэбэй", ("Hebei", "Hebei Sheng", "Хэбэй")),
    _cn("CN-HI", "46", "Hainan Province", "провинция Хайнань", ("Hainan", "Hainan Sheng", "Хайнань")),
    _cn("CN-HL", "23", "Heilongjiang Province", "провинция Хэйлунцзян",
        ("Heilongjiang", "Heilongjiang Sheng", "Хэйлунцзян")),
    _cn("CN-HN", "43", "Hunan Province", "провинция Хунань", ("Hunan", "Hunan Sheng", "Хунань")),
    _cn("CN-JL", "22", "Jilin Province", "провинция Цзилинь", ("Jilin", "Jilin Sheng", "Цзилинь")),
    _cn("CN-JS", "32", "Jiangsu Province", "провинция Цзянсу", ("Jiangsu", "Jiangsu Sheng", "Цзянсу")),
    _cn("CN-JX", "36", "Jiangxi Province", "провинция Цзянси", ("Jiangxi", "Jiangxi Sheng", "Цзянси")),
    _cn("CN-LN", "21", "Liaoning Province", "провинция Ляонин",
        ("Liaoning", "Liaoning Sheng", "Ляонин")),
    _cn("CN-NM", "15", "Inner Mongolia Autonomous Region", "Внутренняя Монголия",
        ("Inner Mongolia", "Nei Mongol", "Nei Mongol Zizhiqu",
         "Автономный район Внутренняя Монголия")),
    _cn("CN-NX", "64", "Ningxia Hui Autonomous Region", "Нинся-Хуэйский автономный район",
        ("Ningxia", "Ningxia Huizu Zizhiqu", "Нинся")),
    _cn("CN-QH", "63", "Qinghai Province", "провинция Цинхай", ("Qinghai", "Qinghai Sheng", "Цинхай")),
    _cn("CN-SC", "51", "Sichuan Province", "провинция Сычуань",
        ("Sichuan", "Sichuan Sheng", "Сычуань")),
    _cn("CN-SD", "37", "Shandong Province", "провинция Шаньдун",
        ("Shandong", "Shandong Sheng", "Шаньдун")),
    _cn("CN-SH", "31", "Shanghai", "Шанхай", ("Shanghai Municipality", "Shanghai Shi")),
    _cn("CN-SN", "61", "Shaanxi Province", "провинция Шэньси", ("Shaanxi", "Shaanxi Sheng", "Шэньси")),
    _cn("CN-SX", "14", "Shanxi Province", "провинция Шаньси", ("Shanxi", "Shanxi Sheng", "Шаньси")),
    _cn("CN-TJ", "12", "Tianjin", "Тяньцзинь", ("Tianjin Municipality", "Tianjin Shi")),
    _cn("CN-XJ", "65", "Xinjiang Uygur Autonomous Region", "Синьцзян-Уйгурский автономный район",
        ("Xinjiang", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Zizhiqu", "Синьцзян")),
    _cn("CN-XZ", "54", "Tibet Autonomous Region", "Тибетский автономный район",
        ("Tibet", "Xizang", "Xizang Autonomous Region", "Xizang Zizhiqu", "Тибет")),
    _cn("CN-YN", "53", "Yunnan Province", "провинция Юньнань", ("Yunnan", "Yunnan Sheng", "Юньнань")),
    _cn("CN-ZJ", "33", "Zhejiang Province", "провинция Чжэцзян",
        ("Zhejiang", "Zhejiang Sheng", "Чжэцзян")),
)  # fmt: skip

#: Old codes of the three divisions known by code only (see ``CHINA``).
OLD_CODES: dict[str, dict[str, str]] = {
    "CN-HK": {"iso3166-2-2017": "CN-91", "cn-gb2260": "810000"},
    "CN-MO": {"iso3166-2-2017": "CN-92", "cn-gb2260": "820000"},
    "CN-TW": {"iso3166-2-2017": "CN-71", "cn-gb2260": "710000"},
}

#: Subdivisions of ISO 3166-2 whose status is disputed: code -> note (stated neutrally).
#: UA-43 and UA-40 are held by the Republic of Crimea and Sevastopol (see ``russia.DISPUTED``).
DISPUTED: dict[str, str] = {
    "CN-TW": "Status is disputed: ISO 3166-2 lists Taiwan as CN-TW, a province of China, and "
    "ISO 3166-1 lists it as TW; the People's Republic of China claims it, and it is "
    "governed by the Republic of China (Taiwan).",
    "UA-14": "Status is disputed: ISO 3166-2 lists the Donetsk Oblast as UA-14, a region of "
    "Ukraine; Russian law lists the Donetsk People's Republic as a federal subject of Russia "
    "since 30.09.2022, and Ukraine and most UN member states do not recognise that.",
    "UA-09": "Status is disputed: ISO 3166-2 lists the Luhansk Oblast as UA-09, a region of "
    "Ukraine; Russian law lists the Luhansk People's Republic as a federal subject of Russia "
    "since 30.09.2022, and Ukraine and most UN member states do not recognise that.",
    "UA-23": "Status is disputed: ISO 3166-2 lists the Zaporizhzhia Oblast as UA-23, a region "
    "of Ukraine; Russian law lists the Zaporozhye Region as a federal subject of Russia since "
    "30.09.2022, and Ukraine and most UN member states do not recognise that.",
    "UA-65": "Status is disputed: ISO 3166-2 lists the Kherson Oblast as UA-65, a region of "
    "Ukraine; Russian law lists the Kherson Region as a federal subject of Russia since "
    "30.09.2022, and Ukraine and most UN member states do not recognise that.",
}

#: Curated regions by country.
CURATED: dict[str, tuple[Row, ...]] = {"BY": BELARUS, "KZ": KAZAKHSTAN, "CN": CHINA}
