"""The federal subjects and federal districts of Russia, as Russian law lists them.

Sources:

- Constitution of the Russian Federation, Article 65 (the list of the 85
  federal subjects, as amended; the Republic of Crimea and the city of
  Sevastopol were admitted by Federal Constitutional Law No. 6-FKZ of
  21.03.2014, from the day the treaty was signed, 18.03.2014).
- ISO 3166-2:RU (83 subdivision codes; Crimea and Sevastopol are listed under
  ISO 3166-2:UA as UA-43 and UA-40), cross-checked against pycountry in tests.
- Two-digit subject codes: the codes of the subjects of the Russian Federation
  used by the Federal Tax Service (the first two digits of a taxpayer number)
  and on vehicle registration plates (their primary codes).
- Federal districts: Presidential Decree No. 849 of 13.05.2000 (seven
  districts); Decree No. 82 of 19.01.2010 (North Caucasian district split off
  the Southern); Decree No. 168 of 21.03.2014 (Crimean district); Decree
  No. 375 of 28.07.2016 (Crimean district merged into the Southern); Decree
  No. 632 of 03.11.2018 (Buryatia and Zabaykalsky Krai moved from the
  Siberian to the Far Eastern district). Each decree took effect on the day it
  was signed, so a move on day D makes the region a member of the new district
  from D (inclusive) and of the old one until D (exclusive).
- Perm Krai (01.12.2005), Kamchatka Krai (01.07.2007) and Zabaykalsky Krai
  (01.03.2008) were formed by mergers; their memberships start on those days.
  Subjects merged away before 2008 (Perm and Chita Oblasts, Kamchatka Oblast
  and six autonomous okrugs) are not carried.
"""

from __future__ import annotations

#: ru-subject code, ISO 3166-2 code (None where ISO has none under RU), legal form,
#: English name as the region's government writes it, Russian name, aliases.
SUBJECTS: tuple[tuple[str, str | None, str, str, str, tuple[str, ...]], ...] = (
    # Republics.
    (
        "01",
        "RU-AD",
        "republic",
        "Republic of Adygea",
        "Республика Адыгея (Адыгея)",
        ("Adygea", "Adygeya", "Adygheya", "Республика Адыгея"),
    ),
    (
        "02",
        "RU-BA",
        "republic",
        "Republic of Bashkortostan",
        "Республика Башкортостан",
        ("Bashkortostan", "Bashkiria", "Bashkortostan Republic"),
    ),
    (
        "03",
        "RU-BU",
        "republic",
        "Republic of Buryatia",
        "Республика Бурятия",
        ("Buryatia", "Buryatiya", "Buryat Republic"),
    ),
    (
        "04",
        "RU-AL",
        "republic",
        "Altai Republic",
        "Республика Алтай",
        ("Altay Republic", "Republic of Altai", "Gorno-Altai Republic"),
    ),
    (
        "05",
        "RU-DA",
        "republic",
        "Republic of Dagestan",
        "Республика Дагестан",
        ("Dagestan", "Daghestan"),
    ),
    (
        "06",
        "RU-IN",
        "republic",
        "Republic of Ingushetia",
        "Республика Ингушетия",
        ("Ingushetia", "Ingushetiya"),
    ),
    (
        "07",
        "RU-KB",
        "republic",
        "Kabardino-Balkarian Republic",
        "Кабардино-Балкарская Республика",
        ("Kabardino-Balkaria", "Kabardino-Balkarskaya Respublika"),
    ),
    (
        "08",
        "RU-KL",
        "republic",
        "Republic of Kalmykia",
        "Республика Калмыкия",
        ("Kalmykia", "Kalmykiya"),
    ),
    (
        "09",
        "RU-KC",
        "republic",
        "Karachay-Cherkess Republic",
        "Карачаево-Черкесская Республика",
        ("Karachay-Cherkessia", "Karachayevo-Cherkesskaya Respublika", "Karachaevo-Cherkessia"),
    ),
    (
        "10",
        "RU-KR",
        "republic",
        "Republic of Karelia",
        "Республика Карелия",
        ("Karelia", "Kareliya"),
    ),
    ("11", "RU-KO", "republic", "Komi Republic", "Республика Коми", ("Komi", "Republic of Komi")),
    (
        "12",
        "RU-ME",
        "republic",
        "Mari El Republic",
        "Республика Марий Эл",
        ("Mari El", "Republic of Mari El", "Mariy El"),
    ),
    (
        "13",
        "RU-MO",
        "republic",
        "Republic of Mordovia",
        "Республика Мордовия",
        ("Mordovia", "Mordoviya"),
    ),
    (
        "14",
        "RU-SA",
        "republic",
        "Republic of Sakha (Yakutia)",
        "Республика Саха (Якутия)",
        ("Yakutia", "Sakha Republic", "Sakha", "Yakutiya", "Якутия"),
    ),
    (
        "15",
        "RU-SE",
        "republic",
        "Republic of North Ossetia–Alania",
        "Республика Северная Осетия — Алания",
        ("North Ossetia", "North Ossetia-Alania", "Severnaya Osetiya-Alaniya", "Северная Осетия"),
    ),
    (
        "16",
        "RU-TA",
        "republic",
        "Republic of Tatarstan",
        "Республика Татарстан (Татарстан)",
        ("Tatarstan", "Республика Татарстан"),
    ),
    (
        "17",
        "RU-TY",
        "republic",
        "Tyva Republic",
        "Республика Тыва",
        ("Tuva", "Tyva", "Tuva Republic", "Republic of Tyva"),
    ),
    (
        "18",
        "RU-UD",
        "republic",
        "Udmurt Republic",
        "Удмуртская Республика",
        ("Udmurtia", "Udmurtiya"),
    ),
    (
        "19",
        "RU-KK",
        "republic",
        "Republic of Khakassia",
        "Республика Хакасия",
        ("Khakassia", "Khakasiya"),
    ),
    (
        "20",
        "RU-CE",
        "republic",
        "Chechen Republic",
        "Чеченская Республика",
        ("Chechnya", "Chechnia"),
    ),
    (
        "21",
        "RU-CU",
        "republic",
        "Chuvash Republic",
        "Чувашская Республика — Чувашия",
        ("Chuvashia", "Chuvashiya", "Чувашия"),
    ),
    (
        "91",
        None,
        "republic",
        "Republic of Crimea",
        "Республика Крым",
        ("Crimea", "Crimean Republic", "Крым"),
    ),
    # Krais.
    (
        "22",
        "RU-ALT",
        "krai",
        "Altai Krai",
        "Алтайский край",
        ("Altai Territory", "Altay Kray", "Altaysky Krai"),
    ),
    (
        "75",
        "RU-ZAB",
        "krai",
        "Zabaykalsky Krai",
        "Забайкальский край",
        (
            "Trans-Baikal Territory",
            "Transbaikal Krai",
            "Zabaykalsky Territory",
            "Zabaikalsky Krai",
            "Zabaykal'skiy kray",
            "Transbaikalia",
        ),
    ),
    (
        "41",
        "RU-KAM",
        "krai",
        "Kamchatka Krai",
        "Камчатский край",
        ("Kamchatka Territory", "Kamchatka", "Kamchatskiy kray"),
    ),
    (
        "23",
        "RU-KDA",
        "krai",
        "Krasnodar Krai",
        "Краснодарский край",
        ("Krasnodar Territory", "Krasnodar Region", "Kuban", "Krasnodarskiy kray"),
    ),
    (
        "24",
        "RU-KYA",
        "krai",
        "Krasnoyarsk Krai",
        "Красноярский край",
        ("Krasnoyarsk Territory", "Krasnoyarsk Region", "Krasnoyarskiy kray"),
    ),
    (
        "59",
        "RU-PER",
        "krai",
        "Perm Krai",
        "Пермский край",
        ("Perm Territory", "Perm Region", "Permskiy kray"),
    ),
    (
        "25",
        "RU-PRI",
        "krai",
        "Primorsky Krai",
        "Приморский край",
        ("Primorye Territory", "Primorye", "Primorsky Territory", "Primorskiy kray"),
    ),
    (
        "26",
        "RU-STA",
        "krai",
        "Stavropol Krai",
        "Ставропольский край",
        ("Stavropol Territory", "Stavropol Region", "Stavropol'skiy kray"),
    ),
    (
        "27",
        "RU-KHA",
        "krai",
        "Khabarovsk Krai",
        "Хабаровский край",
        ("Khabarovsk Territory", "Khabarovsk Region", "Khabarovskiy kray"),
    ),
    # Oblasts.
    ("28", "RU-AMU", "oblast", "Amur Region", "Амурская область", ("Amurskaya oblast",)),
    (
        "29",
        "RU-ARK",
        "oblast",
        "Arkhangelsk Region",
        "Архангельская область",
        ("Archangelsk Region", "Arkhangel'skaya oblast"),
    ),
    (
        "30",
        "RU-AST",
        "oblast",
        "Astrakhan Region",
        "Астраханская область",
        ("Astrakhanskaya oblast",),
    ),
    (
        "31",
        "RU-BEL",
        "oblast",
        "Belgorod Region",
        "Белгородская область",
        ("Belgorodskaya oblast",),
    ),
    ("32", "RU-BRY", "oblast", "Bryansk Region", "Брянская область", ("Bryanskaya oblast",)),
    (
        "33",
        "RU-VLA",
        "oblast",
        "Vladimir Region",
        "Владимирская область",
        ("Vladimirskaya oblast",),
    ),
    (
        "34",
        "RU-VGG",
        "oblast",
        "Volgograd Region",
        "Волгоградская область",
        ("Volgogradskaya oblast",),
    ),
    ("35", "RU-VLG", "oblast", "Vologda Region", "Вологодская область", ("Vologodskaya oblast",)),
    (
        "36",
        "RU-VOR",
        "oblast",
        "Voronezh Region",
        "Воронежская область",
        ("Voronezhskaya oblast",),
    ),
    ("37", "RU-IVA", "oblast", "Ivanovo Region", "Ивановская область", ("Ivanovskaya oblast",)),
    ("38", "RU-IRK", "oblast", "Irkutsk Region", "Иркутская область", ("Irkutskaya oblast",)),
    (
        "39",
        "RU-KGD",
        "oblast",
        "Kaliningrad Region",
        "Калининградская область",
        ("Kaliningradskaya oblast",),
    ),
    ("40", "RU-KLU", "oblast", "Kaluga Region", "Калужская область", ("Kaluzhskaya oblast",)),
    (
        "42",
        "RU-KEM",
        "oblast",
        "Kemerovo Region",
        "Кемеровская область — Кузбасс",
        ("Kemerovo Region – Kuzbass", "Kuzbass", "Kemerovskaya oblast", "Кемеровская область"),
    ),
    ("43", "RU-KIR", "oblast", "Kirov Region", "Кировская область", ("Kirovskaya oblast",)),
    ("44", "RU-KOS", "oblast", "Kostroma Region", "Костромская область", ("Kostromskaya oblast",)),
    ("45", "RU-KGN", "oblast", "Kurgan Region", "Курганская область", ("Kurganskaya oblast",)),
    ("46", "RU-KRS", "oblast", "Kursk Region", "Курская область", ("Kurskaya oblast",)),
    (
        "47",
        "RU-LEN",
        "oblast",
        "Leningrad Region",
        "Ленинградская область",
        ("Leningradskaya oblast", "Lenoblast"),
    ),
    ("48", "RU-LIP", "oblast", "Lipetsk Region", "Липецкая область", ("Lipetskaya oblast",)),
    ("49", "RU-MAG", "oblast", "Magadan Region", "Магаданская область", ("Magadanskaya oblast",)),
    (
        "50",
        "RU-MOS",
        "oblast",
        "Moscow Region",
        "Московская область",
        ("Moskovskaya oblast", "Podmoskovye"),
    ),
    ("51", "RU-MUR", "oblast", "Murmansk Region", "Мурманская область", ("Murmanskaya oblast",)),
    (
        "52",
        "RU-NIZ",
        "oblast",
        "Nizhny Novgorod Region",
        "Нижегородская область",
        ("Nizhniy Novgorod Region", "Nizhegorodskaya oblast"),
    ),
    (
        "53",
        "RU-NGR",
        "oblast",
        "Novgorod Region",
        "Новгородская область",
        ("Novgorodskaya oblast",),
    ),
    (
        "54",
        "RU-NVS",
        "oblast",
        "Novosibirsk Region",
        "Новосибирская область",
        ("Novosibirskaya oblast",),
    ),
    ("55", "RU-OMS", "oblast", "Omsk Region", "Омская область", ("Omskaya oblast",)),
    (
        "56",
        "RU-ORE",
        "oblast",
        "Orenburg Region",
        "Оренбургская область",
        ("Orenburgskaya oblast",),
    ),
    (
        "57",
        "RU-ORL",
        "oblast",
        "Oryol Region",
        "Орловская область",
        ("Orel Region", "Orlovskaya oblast"),
    ),
    ("58", "RU-PNZ", "oblast", "Penza Region", "Пензенская область", ("Penzenskaya oblast",)),
    ("60", "RU-PSK", "oblast", "Pskov Region", "Псковская область", ("Pskovskaya oblast",)),
    ("61", "RU-ROS", "oblast", "Rostov Region", "Ростовская область", ("Rostovskaya oblast",)),
    ("62", "RU-RYA", "oblast", "Ryazan Region", "Рязанская область", ("Ryazanskaya oblast",)),
    ("63", "RU-SAM", "oblast", "Samara Region", "Самарская область", ("Samarskaya oblast",)),
    ("64", "RU-SAR", "oblast", "Saratov Region", "Саратовская область", ("Saratovskaya oblast",)),
    (
        "65",
        "RU-SAK",
        "oblast",
        "Sakhalin Region",
        "Сахалинская область",
        ("Sakhalinskaya oblast",),
    ),
    (
        "66",
        "RU-SVE",
        "oblast",
        "Sverdlovsk Region",
        "Свердловская область",
        ("Sverdlovskaya oblast",),
    ),
    ("67", "RU-SMO", "oblast", "Smolensk Region", "Смоленская область", ("Smolenskaya oblast",)),
    ("68", "RU-TAM", "oblast", "Tambov Region", "Тамбовская область", ("Tambovskaya oblast",)),
    ("69", "RU-TVE", "oblast", "Tver Region", "Тверская область", ("Tverskaya oblast",)),
    ("70", "RU-TOM", "oblast", "Tomsk Region", "Томская область", ("Tomskaya oblast",)),
    ("71", "RU-TUL", "oblast", "Tula Region", "Тульская область", ("Tul'skaya oblast",)),
    ("72", "RU-TYU", "oblast", "Tyumen Region", "Тюменская область", ("Tyumenskaya oblast",)),
    (
        "73",
        "RU-ULY",
        "oblast",
        "Ulyanovsk Region",
        "Ульяновская область",
        ("Ul'yanovskaya oblast",),
    ),
    (
        "74",
        "RU-CHE",
        "oblast",
        "Chelyabinsk Region",
        "Челябинская область",
        ("Chelyabinskaya oblast",),
    ),
    (
        "76",
        "RU-YAR",
        "oblast",
        "Yaroslavl Region",
        "Ярославская область",
        ("Yaroslavskaya oblast",),
    ),
    # Cities of federal significance.
    (
        "77",
        "RU-MOW",
        "federal city",
        "Moscow",
        "Москва",
        ("Moscow City", "City of Moscow", "Moskva"),
    ),
    (
        "78",
        "RU-SPE",
        "federal city",
        "Saint Petersburg",
        "Санкт-Петербург",
        (
            "St. Petersburg",
            "St Petersburg",
            "City of Saint Petersburg",
            "Sankt-Peterburg",
            "Петербург",
        ),
    ),
    (
        "92",
        None,
        "federal city",
        "Sevastopol",
        "Севастополь",
        ("City of Sevastopol", "Sebastopol"),
    ),
    # The autonomous oblast.
    (
        "79",
        "RU-YEV",
        "autonomous oblast",
        "Jewish Autonomous Region",
        "Еврейская автономная область",
        ("Jewish Autonomous Oblast", "Yevreyskaya avtonomnaya oblast"),
    ),
    # Autonomous okrugs.
    (
        "83",
        "RU-NEN",
        "autonomous okrug",
        "Nenets Autonomous Okrug",
        "Ненецкий автономный округ",
        ("Nenets Autonomous District", "Nenetskiy avtonomnyy okrug", "Nenetsia"),
    ),
    (
        "86",
        "RU-KHM",
        "autonomous okrug",
        "Khanty-Mansi Autonomous Okrug – Yugra",
        "Ханты-Мансийский автономный округ — Югра",
        (
            "Khanty-Mansi Autonomous Okrug",
            "Khanty-Mansiysk Autonomous Okrug",
            "Yugra",
            "Ugra",
            "Khanty-Mansiyskiy avtonomnyy okrug",
        ),
    ),
    (
        "87",
        "RU-CHU",
        "autonomous okrug",
        "Chukotka Autonomous Okrug",
        "Чукотский автономный округ",
        ("Chukotka", "Chukotka Autonomous District", "Chukotskiy avtonomnyy okrug"),
    ),
    (
        "89",
        "RU-YAN",
        "autonomous okrug",
        "Yamalo-Nenets Autonomous Okrug",
        "Ямало-Ненецкий автономный округ",
        (
            "Yamal-Nenets Autonomous Okrug",
            "Yamalo-Nenets Autonomous District",
            "Yamal",
            "Yamalo-Nenetskiy avtonomnyy okrug",
        ),
    ),
)

#: ISO 3166-2 codes that ISO lists under another country for subjects of this list,
#: and the neutral note each disputed subject carries.
DISPUTED: dict[str, tuple[str, str]] = {
    "91": (
        "UA-43",
        "Sovereignty is disputed: Russian law lists the Republic of Crimea as a federal "
        "subject of Russia since 18.03.2014; ISO 3166-2 lists Crimea as UA-43, a "
        "subdivision of Ukraine, and Ukraine and most UN member states regard it as such.",
    ),
    "92": (
        "UA-40",
        "Sovereignty is disputed: Russian law lists Sevastopol as a federal city of "
        "Russia since 18.03.2014; ISO 3166-2 lists it as UA-40, a city of Ukraine, and "
        "Ukraine and most UN member states regard it as such.",
    ),
}

_EST = "2000-05-13"
_DECREE_2000 = "Presidential Decree No. 849 of 13.05.2000"
_DECREE_2010 = "Presidential Decree No. 82 of 19.01.2010"
_DECREE_2014 = "Presidential Decree No. 168 of 21.03.2014"
_DECREE_2016 = "Presidential Decree No. 375 of 28.07.2016"
_DECREE_2018 = "Presidential Decree No. 632 of 03.11.2018"

#: Where a subject's membership starts later than 13.05.2000 (formed by a merger).
FORMED: dict[str, str] = {"59": "2005-12-01", "41": "2007-07-01", "75": "2008-03-01"}

#: Federal districts: English name, Russian name, aliases, and memberships as
#: (ru-subject codes, since, until or None, source); ``since=None`` means 13.05.2000
#: or the subject's formation, whichever is later.
FEDERAL_DISTRICTS: tuple[
    tuple[
        str, str, tuple[str, ...], tuple[tuple[tuple[str, ...], str | None, str | None, str], ...]
    ],
    ...,
] = (
    (
        "Central Federal District",
        "Центральный федеральный округ",
        ("Central FD", "CFD", "ЦФО"),
        (
            (
                (
                    "31",
                    "32",
                    "33",
                    "36",
                    "37",
                    "40",
                    "44",
                    "46",
                    "48",
                    "50",
                    "57",
                    "62",
                    "67",
                    "68",
                    "69",
                    "71",
                    "76",
                    "77",
                ),
                None,
                None,
                _DECREE_2000,
            ),
        ),
    ),
    (
        "North-Western Federal District",
        "Северо-Западный федеральный округ",
        (
            "North-West Federal District",
            "Northwestern Federal District",
            "Northwest Federal District",
            "North-Western FD",
            "NWFD",
            "СЗФО",
        ),
        (
            (
                ("10", "11", "29", "35", "39", "47", "51", "53", "60", "78", "83"),
                None,
                None,
                _DECREE_2000,
            ),
        ),
    ),
    (
        "Southern Federal District",
        "Южный федеральный округ",
        ("South Federal District", "Southern FD", "SFD", "ЮФО"),
        (
            (("01", "08", "23", "30", "34", "61"), None, None, _DECREE_2000),
            (
                ("05", "06", "07", "09", "15", "20", "26"),
                None,
                "2010-01-19",
                f"{_DECREE_2000}; {_DECREE_2010}",
            ),
            (("91", "92"), "2016-07-28", None, _DECREE_2016),
        ),
    ),
    (
        "North Caucasian Federal District",
        "Северо-Кавказский федеральный округ",
        ("North Caucasus Federal District", "North Caucasian FD", "NCFD", "СКФО"),
        ((("05", "06", "07", "09", "15", "20", "26"), "2010-01-19", None, _DECREE_2010),),
    ),
    (
        "Volga Federal District",
        "Приволжский федеральный округ",
        ("Privolzhsky Federal District", "Volga FD", "VFD", "ПФО"),
        (
            (
                (
                    "02",
                    "12",
                    "13",
                    "16",
                    "18",
                    "21",
                    "59",
                    "43",
                    "52",
                    "56",
                    "58",
                    "63",
                    "64",
                    "73",
                ),
                None,
                None,
                _DECREE_2000,
            ),
        ),
    ),
    (
        "Ural Federal District",
        "Уральский федеральный округ",
        ("Urals Federal District", "Ural FD", "UFD", "УФО"),
        ((("45", "66", "72", "74", "86", "89"), None, None, _DECREE_2000),),
    ),
    (
        "Siberian Federal District",
        "Сибирский федеральный округ",
        ("Siberian FD", "СФО"),
        (
            (
                ("04", "17", "19", "22", "24", "38", "42", "54", "55", "70"),
                None,
                None,
                _DECREE_2000,
            ),
            (("03", "75"), None, "2018-11-03", f"{_DECREE_2000}; {_DECREE_2018}"),
        ),
    ),
    (
        "Far Eastern Federal District",
        "Дальневосточный федеральный округ",
        ("Far East Federal District", "Far Eastern FD", "FEFD", "ДФО"),
        (
            (("14", "41", "25", "27", "28", "49", "65", "79", "87"), None, None, _DECREE_2000),
            (("03", "75"), "2018-11-03", None, _DECREE_2018),
        ),
    ),
    (
        "Crimean Federal District",
        "Крымский федеральный округ",
        ("Crimean FD", "КФО"),
        ((("91", "92"), "2014-03-21", "2016-07-28", f"{_DECREE_2014}; {_DECREE_2016}"),),
    ),
)

ESTABLISHED = _EST
