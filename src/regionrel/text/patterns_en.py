"""The stock phrases of Russian regional reports in English translation."""

from __future__ import annotations

from typing import Final

from regionrel.text.grammar import MASK, NUM, Grammar, compile_ci, lazy_run, num

__all__ = ["GRAMMAR"]

_SCALE: Final = (
    r"(?P<scale>thousands?|millions?|billions?|trillions?|mln\.?|mn|bln\.?|bn|thous\.?|ths\.?)"
)
#: A word of Latin and Cyrillic letters ("mіllion" with a Cyrillic і): where a scale may
#: stand, it makes the amount unread rather than read a million times too small.
_MIXED: Final = (
    r"[^\W\d_]{0,30}?(?:[a-z][^\W\d_]{0,30}?[\u0400-\u052f]|[\u0400-\u052f][^\W\d_]{0,30}?[a-z])"
)
_CUR: Final = (
    r"(?P<cur>(?:US|U\.S\.|American)\s+dollars?|dollars?\s+of\s+the\s+USA|dollars?|USD|US\$|\$"
    r"|euros?|EUR|€|(?:Russian\s+)?(?:rubles?|roubles?)|RUB|rub\.)"
)
_FLOW_WORD: Final = (
    r"(?:(?:foreign\s+)?trade\s+turnover|turnover|foreign\s+trade|exports?|imports?|total\s+trade)"
)
_YEARS: Final = rf"(?P<years>{NUM}+(?:\s*[-‐‑‒–—]\s*{NUM}+)?)"
_VERBS: Final = (
    r"amounted|amounting|was|were|is|are|has|have|had|reached|reaching|totaled|totalled|totaling"
    r"|totalling|stood|made|increased|decreased|grew|rose|fell|declined|dropped|went|showed"
    r"|came|increasing|decreasing|growing|rising|falling|declining|up|down|exceeded|exceed|exceeds"
)
_BODY: Final = (
    r"(?:Government|Council\s+of\s+Ministers|Cabinet\s+of\s+Ministers|Administration"
    r"|Regional\s+Administration|Khokimiyat|Hokimiyat|Akimat|Governor|Mayor's\s+Office"
    r"|Executive\s+Committee|Ministry\s+of\s+[A-Z][\w ]+?)"
)
_REGION_HEADS: Final = (
    r"(?:Regions?|Oblasts?|Krais?|Territory|Territories|Provinces?|Districts?"
    r"|Autonomous\s+Okrugs?|Republics?|Cantons?|Counties|County|States?|Voivodeships?)"
)
#: A capitalised word of a title, whatever the pattern's case-insensitivity.
_TITLE_WORD: Final = r"(?-i:[A-Z])[\w-]*"

_ORDINALS: Final = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}

GRAMMAR: Final = Grammar(
    locale="en",
    money=compile_ci(
        rf"(?:(?P<pre>US\$|\$|USD)\s*)?(?>{num()})(?:\s+(?:and|or)\s+(?>{num('num2')}))?"
        rf"\s*(?:{_SCALE}|(?!\s*{_MIXED}))\s*(?(pre)|{_CUR})"
    ),
    currencies={
        "us dollars": "USD",
        "us dollar": "USD",
        "u.s. dollars": "USD",
        "u.s. dollar": "USD",
        "american dollars": "USD",
        "dollars of the usa": "USD",
        "dollar of the usa": "USD",
        "dollars": "USD",
        "dollar": "USD",
        "usd": "USD",
        "us$": "USD",
        "$": "USD",
        "euro": "EUR",
        "euros": "EUR",
        "eur": "EUR",
        "€": "EUR",
        "rubles": "RUB",
        "ruble": "RUB",
        "roubles": "RUB",
        "rouble": "RUB",
        "russian rubles": "RUB",
        "russian roubles": "RUB",
        "rub": "RUB",
        "rub.": "RUB",
    },
    change_up=compile_ci(
        r"\b(?:increased|grew|rose|went\s+up|was\s+up|were\s+up|is\s+up|up|increasing|growing"
        r"|rising|having\s+increased|having\s+grown|(?:an?\s+)?increase\s+of|(?:a\s+)?rise\s+of"
        r"|(?:a\s+)?growth\s+of|growth\s+by|increase\s+by|an\s+increase\s+by)"
        rf"\s+(?:by\s+)?{num()}\s*%"
    ),
    change_down=compile_ci(
        r"\b(?:decreased|declined|fell|dropped|went\s+down|was\s+down|were\s+down|is\s+down|down"
        r"|decreasing|declining|falling|having\s+decreased|having\s+declined|shrank|contracted"
        r"|(?:an?\s+)?decrease\s+of|(?:a\s+)?decline\s+of|(?:a\s+)?drop\s+of|(?:a\s+)?fall\s+of"
        r"|(?:a\s+)?reduction\s+of|decline\s+by|decrease\s+by)"
        rf"\s+(?:by\s+)?{num()}\s*%"
    ),
    change_more=compile_ci(rf"\s*(?:,\s*and|,|and)\s+(?:by\s+)?{num()}\s*%"),
    change_signed=compile_ci(rf"\(\s*(?P<sign>[-+−–])\s*{num()}\s*%\s*\)"),
    multiple=compile_ci(
        r"\b(?:(?P<up>increased|grew|rose|increasing|growing|rising)"
        r"|(?P<down>decreased|declined|fell|dropped|decreasing|declining|falling))"
        rf"\s+(?:by\s+)?(?:a\s+factor\s+of\s+)?{num()}\s*(?:times|-fold|fold)\b"
    ),
    index=compile_ci(
        rf"{num()}\s*%\s+(?:of|to|compared\s+(?:to|with)|against|as\s+against|relative\s+to"
        rf"|versus|over)\s+(?:the\s+)?(?:level\s+of\s+(?:the\s+)?)?(?:year\s+)?{num('base')}"
        r"(?:\s+level)?"
    ),
    exceed=compile_ci(
        r"\b(?P<a>exports?|imports?)\s+(?:exceed(?:s|ed)?|(?:is|are|was|were)\s+(?:higher|greater"
        r"|larger|more)\s+than|outstrip(?:s|ped)?|surpass(?:es|ed)?)\s+(?P<b>exports?|imports?)\s+"
        rf"(?:by\s+{num()}\s*%|(?:by\s+)?(?:a\s+factor\s+of\s+)?{num('num2')}\s*(?:times|-fold))"
    ),
    count=compile_ci(
        rf"\b(?:partners?\s+(?:from|in)\s+(?:the\s+)?{num()}\s+(?:foreign\s+)?(?:countries|states)"
        rf"|with\s+{num('num2')}\s+(?:foreign\s+|partner\s+)?(?:countries|states)"
        rf"|{num('num3')}\s+(?:partner\s+countries|trading\s+partners|countries-partners))\b"
        r"|\bnumber\s+of\s+(?:(?:its|the\s+region's)\s+)?(?:trading\s+partners|partner\s+countries)"
        rf"(?:\s+in\s+{NUM}+)?\s*(?:[–—:-]|was|is|reached|totall?ed|stood\s+at|amounted\s+to)"
        rf"\s*{num('num4')}(?!{NUM})"
    ),
    rank=compile_ci(
        r"\b(?:took|takes|taking|ranked|ranks|occupied|occupies|holds|held|was|is|came|placed)"
        rf"\s+(?:the\s+)?{num()}(?:st|nd|rd|th)?\s*(?:place|position)?\s+(?:in|by|for|on)\s+"
        rf"(?:terms\s+of\s+)?(?:the\s+)?(?:volume\s+of\s+|value\s+of\s+)?(?P<flow>{_FLOW_WORD})\b"
    ),
    rank_more=compile_ci(
        rf"\s*(?:,\s*and|,|and)\s+(?:the\s+)?{num()}(?:st|nd|rd|th)?\s*(?:place|position)?\s+"
        rf"(?:in|by|for|on)\s+(?:terms\s+of\s+)?(?:the\s+)?(?:volume\s+of\s+|value\s+of\s+)?"
        rf"(?P<flow>{_FLOW_WORD})\b"
    ),
    rank_group=compile_ci(
        r"\b(?:in|within|among\s+(?:the\s+)?(?:regions|subjects|constituent\s+entities|members)"
        r"\s+of)\s+(?:the\s+)?(?P<group>(?:[A-Z][\w-]*\s+)+(?:Federal\s+District|Economic\s+Region"
        r"|Economic\s+Area)|Russian\s+Federation|Russia|CIS|EAEU)"
    ),
    share=compile_ci(
        rf"\(\s*{num()}\s*%(?:\s+(?:of|in)\s+(?:the\s+)?(?:total\s+)?"
        r"(?P<of>foreign\s+trade\s+turnover|trade\s+turnover|turnover|trade|exports?|imports?))?"
        r"\s*\)"
    ),
    share_name=compile_ci(
        r"[,;:—–(]|\b(?:and|include|includes|included|including|are|were|was|is)\b"
    ),
    share_phrase=compile_ci(
        r"\bshare\s+of\s+(?P<name>(?:the\s+)?[A-Z][^,;()]*?)\s+in\s+(?:the\s+)?(?:region's\s+)?"
        r"(?:total\s+)?(?P<of>foreign\s+trade\s+turnover|trade\s+turnover|turnover|trade|exports?"
        r"|imports?)\s+(?:was|amounted\s+to|reached|made\s+up|stood\s+at|is)\s+"
        rf"{num()}\s*%"
    ),
    flow=compile_ci(
        r"\b(?<!retail\s)(?<!wholesale\s)(?:(?P<turnover>(?:foreign\s+)?trade\s+turnover"
        r"|turnover(?!\s+of\s+(?:retail|wholesale|public\s+catering|catering))|foreign\s+trade\s+volume"
        r"|volume\s+of\s+foreign\s+trade|total\s+trade)"
        r"|(?P<balance>(?:foreign\s+)?trade\s+balance|balance\s+of\s+(?:foreign\s+)?trade"
        r"|(?:trade\s+)?surplus|(?:trade\s+)?deficit|balance)"
        r"|(?P<exports>exports?(?!\s+exceed)|export\s+deliveries|export\s+supplies)"
        r"|(?P<imports>imports?|import\s+deliveries|import\s+supplies))\b"
    ),
    negative_balance=compile_ci(r"\b(?:deficit|negative)\b"),
    qualifier_stop=compile_ci(
        rf"[,;()\ue000\ue001]|\s[-–—]\s|\b(?:{_VERBS}|in|at|for|during|compared|as|over|against"
        r"|and|which|that)\b"
    ),
    partner_qualifier=compile_ci(r"^\s+(?:with|to|from)\s+(?P<name>(?:the\s+)?[A-Z].*?)\s*$"),
    reporter_qualifier=compile_ci(r"^\s+(?:of|by)\s+(?P<name>(?:the\s+)?[A-Z].*?)\s*$"),
    goods_qualifier=compile_ci(r"(?-i:^\s+of\s+(?!the\s+[A-Z])(?P<name>[a-z].*?)\s*$)"),
    generic_qualifier=compile_ci(
        r"^\s*(?:of\s+goods(?:\s+and\s+services)?|of\s+(?:the\s+)?(?:region|oblast)|to|at|by|of|for)?\s*$"
    ),
    qualifier_split=compile_ci(r"\s+(?=(?:of|with|to|from|by)\s)"),
    verb=compile_ci(
        r"\b(?:amounted|amounting|was|were|is|are|reached|reaching|totaled|totalled|totaling"
        r"|totalling|stood|made\s+up|increased|decreased|grew|rose|fell|declined|dropped|came\s+to)\b"
    ),
    respectively=compile_ci(r"\brespectively\b"),
    pronoun=compile_ci(r"\s*(?:and\s+)?(?:it|they|this)\b"),
    conjunction=compile_ci(r"^\s*(?:,\s*)?(?:and\s+)?$"),
    period=compile_ci(
        r"(?P<cue>\b(?:at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of\s+the\s+end\s+of"
        r"|following|based\s+on\s+the\s+results\s+of|in|for|during|over|(?:as\s+)?compared\s+"
        r"(?:with|to)|against|versus|from|to)\s+(?:the\s+)?(?:year\s+|years\s+)?)?"
        rf"{_YEARS}(?!\s*(?:%|{_SCALE}|{_CUR}))"
    ),
    base_cue=compile_ci(r"compared|against|versus|\bover\b"),
    main_cue=compile_ci(r"end\s+of|following|results|\bin\b|during|\bfor\b"),
    updated=compile_ci(
        r"\b(?:updated|last\s+updated|as\s+of|date\s+of\s+update)(?:\s+(?:at|on))?:?\s*$"
    ),
    explanation=compile_ci(
        r"\(\s*(?:due\s+to|owing\s+to|thanks\s+to|mainly|mostly|primarily|because|as\s+a\s+result"
        r"|driven\s+by|including|of\s+which|incl\.)"
    ),
    plan=compile_ci(
        r"\b(?:an?\s+|the\s+)?action\s+plan\s+(?:(?:was|were|has\s+been)\s+signed\s+|signed\s+)?"
        r"(?:to\s+implement|for\s+the\s+implementation\s+of|implementing|under)\s+"
    ),
    agreement=compile_ci(
        r"(?:the\s+|an?\s+)?(?P<title>(?:[A-Z][\w-]*\s+)*?Agreement)\s+(?:between|of)\s+"
        rf"(?P<parties>{lazy_run('.;')})(?:\s+on\s+(?P<subject>{lazy_run('.;')}))?"
        rf"(?=\s+(?:for|in|on)\s+[{NUM}{MASK}]|\s+and\s+(?:an?\s+|the\s+)?action\s+plan|\s*[.;]?$)"
    ),
    party=compile_ci(
        rf"(?:the\s+)?(?P<body>{_BODY})\s+of\s+(?P<region>(?:the\s+)?{lazy_run(',')})"
        rf"(?=\s+and\s+(?:the\s+)?{_BODY}\s+of|\s*,\s*(?:the\s+)?{_BODY}\s+of|\s*$)"
    ),
    forum=compile_ci(
        r"(?:the\s+)?(?P<edition>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
        r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
        rf"|eighteenth|nineteenth|twentieth)|{NUM}+(?:st|nd|rd|th)|[IVXL]+)\s+"
        r"(?P<name>(?:[A-Z][\w-]*\s+)*?(?:Forum|Conference|Congress|Summit|Exhibition|Fair"
        r"|Meeting)(?:\s+(?:on|of|for)\s+(?:(?:[A-Za-z-]+\s+){0,5}?between\s+[A-Z][\w-]*\s+and\s+"
        # A title goes on while its words are capitalised (or join capitalised words):
        # "of Regions of Russia and Belarus", not "... was held in St Petersburg".
        rf"[A-Z][\w-]*|(?:the\s+)?{_TITLE_WORD}(?:\s+(?:(?:of|and|the|for|on|&)\s+)*{_TITLE_WORD})*))?)"
    ),
    visit=compile_ci(
        r"\b(?:the\s+)?delegations?\s+(?:of|from)\s+(?P<visitors>.+?)\s+(?:visited|paid\s+(?:a\s+)?"
        r"(?:working\s+|official\s+)?visits?\s+to|came\s+to|arrived\s+in)\s+(?P<host>(?:the\s+)?"
        r"[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*)"
    ),
    ordinals=_ORDINALS,
    triggers={
        "money": ("dollar", "usd", "$", "euro", "eur", "€", "rub", "roub"),
        "percent": ("%",),
        "multiple": ("times", "fold"),
        "exceed": ("exceed", "than", "outstrip", "surpass"),
        "count": ("countr", "states", "partner"),
        "rank": ("place", "position", "rank"),
        "share_phrase": ("share",),
        "flow": ("turnover", "export", "import", "trade", "balance", "surplus", "deficit"),
        "plan": ("plan",),
        "agreement": ("agreement",),
        "forum": ("forum", "conference", "congress", "summit", "exhibition", "fair", "meeting"),
        "visit": ("delegation",),
        "explanation": ("(",),
        "respectively": ("respectively",),
    },
    region_name=compile_ci(
        rf"(?-i:(?P<name>(?:(?:Republic|Kingdom|State|Principality)\s+of\s+(?:the\s+)?)?"
        rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+{_REGION_HEADS})?))"
    ),
    coordinated_regions=compile_ci(
        rf"(?-i:(?P<names>[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*)*\s+and\s+[A-Z][\w'’-]*)\s+"
        rf"(?P<head>{_REGION_HEADS}))"
    ),
)
