"""Subdivisions of other countries and partially recognised states that sources name.

Sources: ISO 3166-2:UZ and ISO 3166-2:GE (cross-checked against pycountry in
tests); the names are the English forms the Uzbek regional administrations
use, with ISO's romanization among the aliases.
"""

from __future__ import annotations

#: ISO 3166-2 code, English name, Russian name, aliases (ISO's own name among them).
UZBEKISTAN: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "UZ-AN",
        "Andijan Region",
        "Андижанская область",
        ("Andijon Region", "Andizhan Region", "Andijon viloyati"),
    ),
    (
        "UZ-BU",
        "Bukhara Region",
        "Бухарская область",
        ("Buxoro Region", "Bukhoro Region", "Buxoro viloyati"),
    ),
    (
        "UZ-FA",
        "Fergana Region",
        "Ферганская область",
        ("Ferghana Region", "Farg‘ona Region", "Fargona Region", "Farg'ona viloyati"),
    ),
    (
        "UZ-JI",
        "Jizzakh Region",
        "Джизакская область",
        ("Jizzax Region", "Djizak Region", "Jizzax viloyati"),
    ),
    ("UZ-NG", "Namangan Region", "Наманганская область", ("Namangan viloyati",)),
    ("UZ-NW", "Navoi Region", "Навоийская область", ("Navoiy Region", "Navoiy viloyati")),
    (
        "UZ-QA",
        "Kashkadarya Region",
        "Кашкадарьинская область",
        ("Qashqadaryo Region", "Kashkadarya", "Qashqadaryo viloyati"),
    ),
    (
        "UZ-QR",
        "Republic of Karakalpakstan",
        "Республика Каракалпакстан",
        ("Karakalpakstan", "Qoraqalpog‘iston Respublikasi", "Qoraqalpogiston"),
    ),
    (
        "UZ-SA",
        "Samarkand Region",
        "Самаркандская область",
        ("Samarqand Region", "Samarqand viloyati"),
    ),
    (
        "UZ-SI",
        "Syrdarya Region",
        "Сырдарьинская область",
        ("Sirdaryo Region", "Sirdaryo viloyati"),
    ),
    (
        "UZ-SU",
        "Surkhandarya Region",
        "Сурхандарьинская область",
        ("Surxondaryo Region", "Surxondaryo viloyati"),
    ),
    (
        "UZ-TK",
        "Tashkent",
        "Ташкент",
        ("Tashkent City", "Toshkent City", "City of Tashkent", "Toshkent"),
    ),
    ("UZ-TO", "Tashkent Region", "Ташкентская область", ("Toshkent Region", "Toshkent viloyati")),
    (
        "UZ-XO",
        "Khorezm Region",
        "Хорезмская область",
        ("Xorazm Region", "Khorazm Region", "Xorazm viloyati"),
    ),
)

#: Partially recognised states: name, Russian name, ISO 3166-2 code where that
#: scheme has one for the territory (as a subdivision of another country), aliases, note.
PARTIALLY_RECOGNISED: tuple[tuple[str, str, str | None, tuple[str, ...], str], ...] = (
    (
        "Abkhazia",
        "Абхазия",
        "GE-AB",
        ("Republic of Abkhazia", "Apsny", "Республика Абхазия"),
        "Status is disputed: Abkhazia declares itself a sovereign state and is recognised "
        "by Russia and a few other UN member states; Georgia and most UN member states "
        "regard it as part of Georgia, and ISO 3166-2 lists it as GE-AB, a subdivision of "
        "Georgia. ISO 3166-1 has no code for it.",
    ),
    (
        "South Ossetia",
        "Южная Осетия",
        None,
        ("Republic of South Ossetia", "South Ossetia–Alania", "Республика Южная Осетия"),
        "Status is disputed: South Ossetia declares itself a sovereign state and is "
        "recognised by Russia and a few other UN member states; Georgia and most UN member "
        "states regard it as part of Georgia. ISO 3166 has no code for it.",
    ),
)
