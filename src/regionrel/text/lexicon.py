"""The words of the trade reader's stock phrases, as lemmas, in English and Russian.

Every set holds dictionary forms (:func:`regionrel.text.tokens.lemma`), so that one entry
covers every form of a word ("экспорт", "экспорта", "экспортом"). The reader
(:mod:`regionrel.text.statements`) matches tokens against them.
"""

from __future__ import annotations

from typing import Final

from regionrel.scales import Scale
from regionrel.trade.balance import TradeFlow as FlowRole

#: A flow named by a noun or a verb: "экспорт", "вывезти", "turnover", "deficit".
FLOW_WORDS: Final = {
    "экспорт": FlowRole.EXPORTS,
    "вывоз": FlowRole.EXPORTS,
    "вывезти": FlowRole.EXPORTS,
    "экспортировать": FlowRole.EXPORTS,
    "export": FlowRole.EXPORTS,
    "импорт": FlowRole.IMPORTS,
    "ввоз": FlowRole.IMPORTS,
    "ввезти": FlowRole.IMPORTS,
    "импортировать": FlowRole.IMPORTS,
    "import": FlowRole.IMPORTS,
    "оборот": FlowRole.TURNOVER,
    "товарооборот": FlowRole.TURNOVER,
    "торговля": FlowRole.TURNOVER,
    "наторговать": FlowRole.TURNOVER,
    "turnover": FlowRole.TURNOVER,
    "trade": FlowRole.TURNOVER,
    "поставка": FlowRole.EXPORTS,
    "shipment": FlowRole.EXPORTS,
    "закупка": FlowRole.IMPORTS,
    "purchase": FlowRole.IMPORTS,
    "сальдо": FlowRole.BALANCE,
    "баланс": FlowRole.BALANCE,
    "deficit": FlowRole.BALANCE,
    "surplus": FlowRole.BALANCE,
    "дефицит": FlowRole.BALANCE,
    "профицит": FlowRole.BALANCE,
    "balance": FlowRole.BALANCE,
    "активность": FlowRole.TURNOVER,
    #: "за рубеж ушло товаров": exports (read only after "за", see MeasureReader.read_flow)
    "рубеж": FlowRole.EXPORTS,
    "circulation": FlowRole.TURNOVER,
}
#: Nouns of flows named by an adjective before them ("импортные поступления", "импортные
#: поставки"): the adjective decides the flow.
FLOW_BY_ADJECTIVE: Final = {
    "поставка": {"импортный": FlowRole.IMPORTS},
    "поступление": {"импортный": FlowRole.IMPORTS},
}
#: Verbs of goods passing a customs ("через таможни прошло товаров на $22,1 млрд",
#: "оформлено товаров на"): the goods after them are the whole turnover.
CUSTOMS_VERBS: Final = frozenset({"пройти", "оформить", "переместить", "задекларировать"})
#: Nouns of flows that are not money (freight).
FLOW_SKIP: Final = frozenset({"грузооборот", "грузы"})
#: Words that make a flow physical (tonnes), not money: "грузооборот", "freight turnover".
PHYSICAL_FLOW: Final = frozenset(
    {"грузооборот", "freight", "cargo", "физический", "physical", "натуральный"}
)
#: Words of a rise: verbs, nouns and comparatives ("вырасти", "рост", "больше", "up").
UP: Final = frozenset(
    {
        "вырасти",
        "увеличиться",
        "рост",
        "расти",
        "прибавить",
        "прирост",
        "нарастить",
        "больше",
        "выше",
        "увеличить",
        "возрасти",
        "more",
        "up",
        "rise",
        "grow",
        "increase",
        "higher",
        "above",
        "jump",
        "soar",
        "climb",
        "surge",
        "gain",
        "rais",
        "raise",
        "boost",
        "growth",
        "+",
    }
)
#: Words of a fall ("снизиться", "уступать", "минус", "less", "drop").
DOWN: Final = frozenset(
    {
        "снизиться",
        "сократиться",
        "уменьшиться",
        "упасть",
        "падение",
        "снижение",
        "спад",
        "меньше",
        "ниже",
        "уступать",
        "сократить",
        "минус",
        "less",
        "down",
        "drop",
        "fall",
        "decrease",
        "decreas",
        "decline",
        "lower",
        "below",
        "slip",
        "dip",
        "shrink",
        "shrank",
        "plunge",
        "slump",
    }
)
#: Scale words and their abbreviations.
SCALES: Final = {
    "тыс": Scale.THOUSAND,
    "тысяча": Scale.THOUSAND,
    "млн": Scale.MILLION,
    "миллион": Scale.MILLION,
    "млрд": Scale.BILLION,
    "миллиард": Scale.BILLION,
    "трлн": Scale.TRILLION,
    "триллион": Scale.TRILLION,
    "thousand": Scale.THOUSAND,
    "thosand": Scale.THOUSAND,
    "million": Scale.MILLION,
    "mln": Scale.MILLION,
    "mn": Scale.MILLION,
    "m": Scale.MILLION,
    "billion": Scale.BILLION,
    "bn": Scale.BILLION,
    "bln": Scale.BILLION,
    "trillion": Scale.TRILLION,
}
#: Currency names after an amount, to ISO 4217 codes.
CURRENCY_WORDS: Final = {
    "доллар": "USD",
    "долл": "USD",
    "дол": "USD",
    "dollar": "USD",
    "usd": "USD",
    "юань": "CNY",
    "yuan": "CNY",
    "рубль": "RUB",
    "руб": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "евро": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "rmb": "CNY",
    "cny": "CNY",
    "rub": "RUB",
    "сомони": "TJS",
    "somoni": "TJS",
}
#: Countries named after a currency word ("долл. США"): not a sentence's first word.
CURRENCY_COUNTRIES: Final = frozenset({"сша", "us", "usa"})
ABBREVIATED: Final = frozenset({"млн", "млрд", "тыс", "трлн", "долл", "дол", "руб", "mln"})
#: Currency signs before an amount.
CURRENCY_SIGNS: Final = {"$": "USD", "€": "EUR", "¥": "CNY", "₽": "RUB"}
PERCENT_WORDS: Final = frozenset({"%", "процент", "проц", "percent", "процентный", "per", "pct"})
TIMES_WORDS: Final = frozenset({"раз", "times", "раза"})
NUMBER_WORDS: Final = {
    "один": 1,
    "одного": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
#: Hundreds in words, read only after the first part of a compound amount ("один
#: миллиард двести миллионов"): alone they may be a part of a longer number in words.
HUNDREDS: Final = {
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
}
#: Comparatives that, before "than"/"чем", make the figure after them a bound ("more than
#: 20%"), not a direction of change.
COMPARATIVES: Final = frozenset({"more", "less", "fewer", "больше", "меньше", "более", "менее"})
#: Words that name a span of several years ("за пятилетку", "over the decade"): a figure
#: in their sentence is of that span, not of the main period.
SPAN_WORDS: Final = frozenset({"пятилетка", "десятилетие", "decade"})
#: Words that make a figure a bound, by the bound they make.
QUALIFIERS: Final = {
    "более": "over",
    "свыше": "over",
    "превысить": "over",
    "over": "over",
    "менее": "under",
    "почти": "almost",
    "nearly": "almost",
    "almost": "almost",
    "около": "about",
    "примерно": "about",
    "приблизительно": "about",
    "approximately": "about",
    "roughly": "about",
    "about": "about",
    "some": "about",
    "around": "about",
    "порядок": "about",
    "ориентировочно": "about",
    "least": "over",
    "малое": "almost",
}
#: Lower-case words that may stand right before "exports"/"imports" without naming goods
#: ("the exports", "total imports"); any other noun there names a goods group ("cement
#: exports", "coal imports").
FLOW_MODIFIERS: Final = frozenset(
    {
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "total",
        "overall",
        "foreign",
        "annual",
        "monthly",
        "quarterly",
        "regional",
        "provincial",
        "s",
        "and",
        "or",
        "of",
        "in",
        "to",
        "with",
        "whose",
        "that",
        "which",
        "while",
        "but",
        "as",
        "for",
        "by",
        "from",
        "on",
        "at",
        "such",
        "these",
        "those",
        "this",
        "both",
        "whereas",
        "merchandise",
        "commodity",
        "good",
        "goods",
        "net",
        "gross",
        "where",
        "when",
        "than",
        "be",
        "have",
        "a",
        "an",
        "all",
        "combined",
        "physical",
        "world",
        "china",
        "so",
        "then",
        "thus",
        "also",
        "still",
        "yet",
        "however",
        "only",
        "mainly",
        "mostly",
        "too",
        "even",
        "nor",
        "if",
        "because",
        "since",
        "after",
        "before",
        "into",
        "over",
        "under",
        "about",
        "against",
        "between",
        "through",
        "during",
        "per",
        "via",
        "what",
        "who",
        "it",
        "they",
        "we",
        "there",
        "here",
        "not",
        "no",
        "more",
        "less",
        "hence",
        "meanwhile",
        "whole",
    }
)
#: The countries of the corpus's reporters, as lemmas: "Russia's foreign trade" is the
#: country's, not the region's.
COUNTRY_NAMES: Final = frozenset(
    {
        "russia",
        "china",
        "belarus",
        "ukraine",
        "uzbekistan",
        "tajikistan",
        "kazakhstan",
        "kyrgyzstan",
    }
)
#: Words that put a change in physical terms or in value terms ("в физическом / стоимостном
#: выражении", "in physical / value terms").
TERMS_WORDS: Final = frozenset({"физический", "physical", "натуральный", "стоимостный", "value"})
#: Words after "N% of" that make N% an index on a base period ("of the 2019 level",
#: "of the same period", "of last year's").
INDEX_BASE_WORDS: Final = frozenset(
    {"level", "period", "same", "previous", "last", "corresponding", "year", "prior"}
)
#: Words that end one clause of a sentence and start the next.
CLAUSE_JOINS: Final = frozenset(
    {",", ";", "и", "а", "однако", "тогда", "and", "while", "but", "whereas"}
)
#: Russian lemmas of the countries whose own totals stand beside a region's: "экспорт
#: России снизился на 6%" is the country's flow (a genitive right after the flow word).
COUNTRY_NAMES_RU: Final = frozenset(
    {
        "россия",
        "рф",
        "китай",
        "кнр",
        "беларусь",
        "белоруссия",
        "украина",
        "узбекистан",
        "таджикистан",
        "казахстан",
        "киргизия",
        "кыргызстан",
    }
)
#: Words that name a group of partners (the CIS, the far abroad, the EU).
GROUP_WORDS: Final = frozenset(
    {
        "снг",
        "cis",
        "зарубежье",
        "abroad",
        "eu",
        "ес",
        "asean",
        "belt",
        "rcep",
    }
)
#: Words for the reporter itself ("область", "region").
REPORTER_WORDS: Final = frozenset(
    {
        "область",
        "край",
        "республика",
        "регион",
        "округ",
        "провинция",
        "город",
        "region",
        "province",
        "oblast",
        "territory",
        "republic",
        "area",
    }
)
#: Words that name a goods group or a kind of trade that is not the whole.
GOODS_WORDS: Final = frozenset(
    {
        "продукция",
        "продовольствие",
        "нефть",
        "газ",
        "уголь",
        "металл",
        "машиностроение",
        "оборудование",
        "технология",
        "coal",
        "oil",
        "food",
        "goods",
        "technology",
        "service",
        "несырьевой",
        "топливно",
        "апк",
        "топливный",
        "энергетический",
        "химический",
        "тэк",
        "farm",
        "mechanical",
        "industrial",
        "machinery",
        "product",
        "crude",
        "electrical",
        "high",
        "general",
        "processing",
        "border",
        "barter",
        "bonded",
        "private",
        "foreign",
        "firm",
        "fuel",
        "gas",
        "equipment",
        "wheat",
        "flour",
        "chicken",
        "fish",
        "seafood",
        "timber",
        "metal",
        "grain",
        "vehicle",
        "retail",
        "catering",
        "construction",
        "топливо",
        "древесина",
        "зерно",
        "мука",
        "рыба",
        "морепродукт",
        "продукт",
        "промышленность",
        "машиностроитель",
        "металлург",
        "аграрий",
        "промышленник",
        "асбест",
        "алюминий",
        "лесоматериал",
        "руда",
        "among",
        "среди",
        "primary",
        "energy",
        "municipal",
        # other measures of an economy than its trade in goods
        "услуга",
        "розничный",
        "инвестиция",
        "врп",
        "ввп",
    }
)
#: Nouns of an economy's other measures ("Промышленное производство ...: его индекс
#: составил 113,2%"): a sentence that names one of them and no flow is not about trade.
OTHER_ECONOMY: Final = frozenset(
    {"производство", "врп", "ввп", "инвестиция", "розничный", "строительство", "зарплата"}
)
#: Fractions and parts in words ("более чем на треть", "половина экспорта").
FRACTIONS: Final = frozenset({"треть", "половина", "четверть", "часть", "доля", "год"})
#: Words that leave what follows out ("без учета торговли с Беларусью", "кроме").
EXCLUDING: Final = frozenset({"учет", "исключение", "кроме", "excluding", "except"})
#: Nouns of a change that a flow in the genitive follows ("увеличение импорта").
CHANGE_NOUNS: Final = frozenset({"увеличение", "рост", "снижение", "сокращение", "падение"})
#: Verbs of shipping goods abroad or in ("Зерновых вывезено на 18 млн").
SHIP_VERBS: Final = frozenset(
    {"вывезти", "ввезти", "экспортировать", "импортировать", "поставить", "отгрузить"}
)
#: Verbs that give a change its cause ("Рост дали ...", "Снижение обусловлено ...").
CAUSE_VERBS: Final = frozenset(
    {"дать", "обеспечить", "обусловить", "вызвать", "связать", "объяснить", "определить"}
)
#: Prepositions that end a flow's genitive object.
PREPOSITIONS: Final = frozenset(
    {
        "в",
        "во",
        "из",
        "на",
        "с",
        "со",
        "к",
        "по",
        "за",
        "от",
        "до",
        "для",
        "против",
        "между",
        "относительно",
        "сравнительно",
    }
)
#: Genitive nouns after a flow that do not name goods ("экспорт товаров", "экспорт региона").
GENERIC_OBJECTS: Final = frozenset(
    {
        "товар",
        "продукция",
        "предприятие",
        "компания",
        "организация",
        "производитель",
        "участник",
        "экспортер",
        "импортер",
        "страна",
        "государство",
        "год",
        "месяц",
        "квартал",
        "полугодие",
        "период",
        "объем",
        "стоимость",
        "сумма",
        "итог",
        "рост",
        "снижение",
        "доля",
        "часть",
        "структура",
        "зарубежье",
        "снг",
        "субъект",
        "россия",
        "республика",
        "регион",
        "область",
        "район",
        "край",
        "округ",
        "город",
        "провинция",
    }
)
GENERIC_GOODS: Final = frozenset({"товар", "good", "goods"})
PHYSICAL_WORDS: Final = frozenset(
    {"тонна", "т", "ton", "tons", "tonne", "кубометр", "физический", "грузов", "cargo"}
)
#: Words of a sentence that turn the figures after them to tonnes ("in tonnage, trade grew
#: by 20%", "By weight, ... up 67.7%"), until a word of value turns them back ("in value").
TONNAGE_CUES: Final = frozenset({"tonnage", "weight", "ton", "tonne"})
VALUE_CUES: Final = frozenset({"value", "monetary"})
#: Units of weight and volume a level "до 185 тыс. тонн" is given in.
TONNAGE_WORDS: Final = frozenset({"тонна", "тн", "кубометр", "ton", "tonne"})
#: Words of payments to a budget (customs duties, taxes), which are not trade flows.
BUDGET_WORDS: Final = frozenset({"бюджет", "платеж", "пошлина", "budget", "duty", "duties"})
#: Words of a clause that make its figures a target, a plan or a forecast, not a result
#: ("should grow its GDP by 5%", "is to raise exports by 50%").
TARGET_WORDS: Final = frozenset(
    {
        "should",
        "must",
        "target",
        "goal",
        "aim",
        "forecast",
        "expect",
        "ожидать",
        "ожидаться",
        "прогноз",
        "прогнозировать",
        "прогнозироваться",
        "планировать",
        "планироваться",
        "план",
        "задача",
        "задание",
        "цель",
        "целевой",
        "плановый",
        "допустимый",
        "должный",
        "думать",
        "рассчитывать",
        "намереваться",
        "поручить",
    }
)
#: Words after "is to", "has to": the verbs of a target ("is to rise", "has to grow").
TARGET_VERBS: Final = frozenset(
    {"rise", "raise", "grow", "increase", "reach", "be", "double", "exceed", "boost", "bring"}
)
#: Words that make a period a comparison base ("к 2017 году", "than in 2012").
BASE_CUES: Final = frozenset(
    {
        "к",
        "против",
        "чем",
        "than",
        "compared",
        "against",
        "с",
        "since",
        "from",
        "over",
        "уровень",
        "относительно",
    }
)
#: Words that date a year relative to the moment of speaking ("нынешнего года", "this year").
RELATIVE_YEARS: Final = frozenset({"нынешний", "текущий", "этот", "прошлый", "this", "current"})
LIST_WORDS: Final = frozenset({"и", "and", "or", "или", "соответственно", "respectively"})
COUNT_WORDS: Final = frozenset({"страна", "государство", "country", "partner"})
CLAUSE_MARKS: Final = frozenset({";"})
MONTHS: Final = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "aug",
        "sept",
    }
)
#: The months in Russian, as lemmas.
RU_MONTHS: Final = frozenset(
    {
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    }
)
#: Words that make a period part of a year (months, quarters, halves).
PART_OF_YEAR: Final = (
    MONTHS
    | RU_MONTHS
    | frozenset(
        {
            "полугодие",
            "квартал",
            "месяц",
            "half",
            "quarter",
            "month",
            "q1",
            "q2",
            "q3",
            "h1",
            "полгода",
        }
    )
)
#: Words before a year that make it the whole of that year ("за весь 2018 год", "for the
#: whole of 2018", "по итогам 2018 года", "full-year 2018").
WHOLE_YEAR_CUES: Final = frozenset({"весь", "целый", "итог", "whole", "full", "entire"})
#: Verbs that state a flow's share ("Экспорт дал 80,3%", "exports made up 53.5%").
SHARE_VERBS: Final = frozenset(
    {"дать", "занять", "составить", "made", "make", "be", "account", "ratio", "took", "take"}
)
#: Verbs that state a flow's amount ("составил", "равнялся"): the predicate after the
#: flow's subject words, where its genitive object ("экспорт текстиля") has ended.
AMOUNT_VERBS: Final = frozenset(
    {"составить", "составлять", "достигнуть", "достичь", "равняться", "превысить", "amount"}
)
#: Verbs and comparatives of one flow exceeding another.
EXCEED: Final = frozenset({"больше", "превышать", "превысить", "exceed"})
#: Verbs that put a value above a mark ("exceeded $1 billion", "passed 100 billion yuan for
#: the first time"): the value after them is a bound, not the figure itself.
PASSED: Final = frozenset({"exceed", "pass", "surpass", "top"})
#: Words that make a passed bound a threshold crossed, not the period's value
#: ("had passed 100 billion yuan for the first time", "a milestone", "впервые").
MILESTONE_WORDS: Final = frozenset({"milestone", "впервые", "historic"})
#: Verbs whose subject, when a name other than the reporter's, trades for itself
#: ("Dalian came first with ...", "Shenyang exported ...", "Kazakhstan traded the most").
SUBJECT_VERBS: Final = frozenset(
    {
        "come",
        "came",
        "export",
        "import",
        "trade",
        "ship",
        "rank",
        "lead",
        "account",
        "top",
        "sold",
        "bought",
        "purchase",
    }
)
#: Heads of a count ("the number of traders"): a change after them is the count's.
COUNT_HEADS: Final = frozenset(
    {"number", "число", "количество", "declaration", "декларация"}  # "деклараций на 30% меньше"
)
#: Words that tie a flow to a partner ("trade with Mongolia", "between the zone and ...").
PARTNER_CUES: Final = frozenset({"with", "between", "с", "со", "между"})
#: Words before a flow that point back at the trade named before ("That trade, ...",
#: "this turnover"): the flow is that entity's, not the reporter's.
DEMONSTRATIVES: Final = frozenset({"that", "this", "these", "those", "such"})
#: Who trades, not what is traded: after an English flow word they make it a modifier
#: of the companies counted ("foreign trade enterprises", "export firms").
AGENT_NOUNS: Final = frozenset({"enterprise", "company", "firm", "participant", "operator"})
#: Words between a flow and goods that make the goods what the flow is made of, not a
#: part of it ("exports, mostly machinery, ...").
COMPOSITION_WORDS: Final = frozenset({"mostly", "mainly", "chiefly", "primarily", "largely"})
#: Words before "enterprises", "firms" that make them a part of the reporter's companies.
SUBSET_ADJECTIVES: Final = frozenset(
    {"private", "municipal", "state", "state-owned", "foreign-funded", "foreign-invested", "joint"}
)
#: Words before "countries" that make them the whole world, not a group of partners
#: ("with other countries", "with foreign countries", "со всеми странами").
ALL_COUNTRIES_WORDS: Final = frozenset(
    {"other", "foreign", "all", "another", "другой", "зарубежный", "иностранный", "весь"}
)
#: Words that make a year the one of an outlook, a plan or a forecast ("expects its trade to
#: grow in 2024"), not the year of the text's figures.
OUTLOOK_WORDS: Final = frozenset(
    {"expect", "expects", "will", "forecast", "plan", "hope", "hopes", "predict", "project"}
)
SUBJECT_PRONOUNS: Final = frozenset({"он", "она", "оно", "они", "it", "they"})
PRONOUNS: Final = frozenset({"она", "он", "они", "который", "it", "them", "which"})
#: How many tokens before a figure its words are looked for.
WINDOW: Final = 14
ENTITY_WINDOW: Final = 14


def flow_named(name: str) -> FlowRole:
    """The flow a pattern's flow word names: exports, imports, or else turnover.

    >>> flow_named("Exports"), flow_named("импорта"), flow_named("trade")
    (<TradeFlow.EXPORTS: 'exports'>, <TradeFlow.IMPORTS: 'imports'>, <TradeFlow.TURNOVER: 'turnover'>)
    """
    low = name.lower()
    if low.startswith(("export", "экспорт")):
        return FlowRole.EXPORTS
    if low.startswith(("import", "импорт")):
        return FlowRole.IMPORTS
    return FlowRole.TURNOVER
