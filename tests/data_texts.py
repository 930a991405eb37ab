"""Report paragraphs in the seed's style, for other regions and years, in English and Russian.

Each entry: the text, its locale, and what a careful reader finds in it
(role -> published digits of the reporter's totals, and role -> change).
"""

from __future__ import annotations

EN_KURSK_2019 = (
    "At the end of 2019, the foreign trade turnover of the Kursk Region amounted to "
    "1,342.6 million US dollars and decreased by 3.2% compared to 2018. Exports of goods "
    "amounted to 612.4 million US dollars (-7.5%); imports of goods amounted to 730.2 "
    "million US dollars and increased by 0.8%. Imports exceed exports by 19.2%."
)
EN_PSKOV_2020 = (
    "In 2020, exports of the Pskov Region reached 402.7 million US dollars, or 104.9% of "
    "the 2019 level. The value of imports of goods was 285.1 million US dollars and fell by "
    "12.4%. Trading operations were carried out with partners from 87 countries. The main "
    "partners include Belarus (31.2% of trade), Germany (8.7%), Latvia (6.1%)."
)
EN_TVER_2021_TYPO = (
    "At the end of 2021, the foreign trade turnover of the Tver Region, as compared with "
    "2020, increased by 18.3% and amounted to 2,517.3 million US dollars. Exports amounted "
    "to 1,094.5 million US dollars and increased 2.1 times; imports amounted to 1,322.8 "
    "million US dollars and grew by 4.6%. In the Central Federal District, the Tver Region "
    "took the 9th place in exports and the 11th place in imports."
)
EN_ROSTOV_BALANCE = (
    "In 2017, the trade turnover of the Rostov Region amounted to 9,412.0 million US "
    "dollars. The trade balance was positive and amounted to 4,101.8 million US dollars. "
    "Trade was carried out with 119 countries."
)

RU_LENINGRAD_2018 = (
    "По итогам 2018 года внешнеторговый оборот Ленинградской области по сравнению с 2017 "
    "годом увеличился на 21,5% и составил 10 224,9 млн долларов США. Экспорт товаров "
    "составил 7 109 млн долларов США и увеличился на 25,7%; импорт товаров составил "
    "4 115,9 млн долларов США и увеличился на 14,8%. Экспорт превышает импорт на 73%."
)
RU_KURSK_2019 = (
    "В 2019 году товарооборот Курской области составил 1 342,6 млн долларов США, что "
    "составляет 96,8% к уровню 2018 года. Экспорт снизился на 7,5% и составил 612,4 млн "
    "долларов США. Внешнеторговые операции осуществлялись с партнёрами из 74 стран. "
    "Основными партнёрами являются Беларусь (22,4% товарооборота), Китай (12,1%)."
)
RU_PSKOV_2020 = (
    "В 2020 году экспорт Псковской области составил 402,7 млн долларов США и вырос в 1,3 "
    "раза; импорт составил 285,1 млн долларов США и снизился на 12,4%. Среди регионов "
    "Северо-Западного федерального округа область заняла 7-е место по экспорту."
)
RU_TVER_TYPO = (
    "В 2021 году внешнеторговый оборот Тверской области составил 2 517,3 млн долларов "
    "США. Экспорт составил 1 094,5 млн долларов США, импорт составил 1 322,8 млн долларов "
    "США. Экспорт уступает импорту."
)

#: (text, locale, {role: published amount}, {role: (published change, direction)})
PARAGRAPHS: list[tuple[str, str, dict[str, str], dict[str, tuple[str, str]]]] = [
    (
        EN_KURSK_2019,
        "en",
        {"turnover": "1,342.6", "exports": "612.4", "imports": "730.2"},
        {"turnover": ("3.2", "down"), "exports": ("7.5", "down"), "imports": ("0.8", "up")},
    ),
    (
        EN_PSKOV_2020,
        "en",
        {"exports": "402.7", "imports": "285.1"},
        {"exports": ("104.9", "level"), "imports": ("12.4", "down")},
    ),
    (
        EN_TVER_2021_TYPO,
        "en",
        {"turnover": "2,517.3", "exports": "1,094.5", "imports": "1,322.8"},
        {"turnover": ("18.3", "up"), "exports": ("2.1", "up"), "imports": ("4.6", "up")},
    ),
    (
        EN_ROSTOV_BALANCE,
        "en",
        {"turnover": "9,412.0", "balance": "4,101.8"},
        {},
    ),
    (
        RU_LENINGRAD_2018,
        "ru",
        {"turnover": "10 224,9", "exports": "7 109", "imports": "4 115,9"},
        {
            "turnover": ("21,5", "up"),
            "exports": ("25,7", "up"),
            "imports": ("14,8", "up"),
        },
    ),
    (
        RU_KURSK_2019,
        "ru",
        {"turnover": "1 342,6", "exports": "612,4"},
        {"turnover": ("96,8", "level"), "exports": ("7,5", "down")},
    ),
    (
        RU_PSKOV_2020,
        "ru",
        {"exports": "402,7", "imports": "285,1"},
        {"exports": ("1,3", "up"), "imports": ("12,4", "down")},
    ),
    (
        RU_TVER_TYPO,
        "ru",
        {"turnover": "2 517,3", "exports": "1 094,5", "imports": "1 322,8"},
        {},
    ),
]
