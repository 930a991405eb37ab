"""Places (ranks) read over tokens and lemmas: :func:`read_places`.

A place is an ordinal ("1-е", "5-м", "первое", "пятом", "1st", "fifth") that a place
word ("место", "position", "place"), a verb of ranking ("занимать", "ranked", "came",
"placed") or an earlier place of the same sentence ("1-е место в ПФО и 5-е в России")
makes one, or a bound ("входит в десятку", "among the top 10"). Each place is attributed:
its group ("в ПФО", "среди регионов СЗФО", "in Russia", "in the district"), its flow
(named by "по объему экспорта", "by exports" or in its sentence; the turnover when the
text is about foreign trade and names none), its entity (the reporter, a partner country
ranked among the reporter's partners, a goods group, another region) and its period (the
main one, the previous one or another). A place measured in anything but trade
("по объему инвестиций", "by its index of agricultural production") is not a trade place
and is not kept.

Only the reporter's exact places for the main period become
:class:`regionrel.text.items.RankMention` (:func:`merge_ranks`); every place read is a
:class:`PlaceMention` of :attr:`regionrel.text.Extraction.places`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.regions import Region, RegionKind
from regionrel.text import lexicon
from regionrel.text.items import FlowRole, RankMention, Span
from regionrel.text.lookup import find_region
from regionrel.text.main_year import is_year, main_year_of
from regionrel.text.statement_model import Entity, TimeRole
from regionrel.text.tokens import Token

__all__ = ["PlaceMention", "merge_ranks", "read_places"]


@attrs.frozen(field_transformer=checked_by_annotation)
class PlaceMention:
    """A place in a ranking, attributed: "занимает 1-е место в ПФО", "ranked 5th in Russia".

    ``position`` is the place; for a ``bound`` ("входит в десятку", "in the top 10") it is
    the size of the top list, the worst place the text allows. ``group`` is the ranking's
    group as the library names it ("ПФО", "Россия", "Ural Federal District", "Russia"), or
    ``None`` when the text names none. ``entity`` is whose place it is: the reporter's, a
    partner's among the reporter's partners, a goods group's, or another region's
    (``region`` then).

    >>> from regionrel.text import extract
    >>> place = extract("Товарооборот республики вырос на 5%. Республика занимает 1-е место "
    ...     "в ПФО и 5-е в России.", locale="ru").places[1]
    >>> place.position, place.group, place.flow.value, place.entity.value
    (5, 'Россия', 'turnover', 'reporter')
    """

    position: int
    flow: FlowRole
    span: Span
    group: str | None = None
    #: None when the text does not say whose place it is ("Это второе место ...").
    entity: Entity | None = Entity.REPORTER
    time: TimeRole = TimeRole.MAIN
    bound: bool = False
    region: Region | None = None
    #: The words that name the entity when it is not the reporter ("Китай").
    entity_name: str = ""


_RU_ORDINALS: Final = {
    "второе": 2,  # read first as a noun ("the second course")
    "первый": 1,
    "второй": 2,
    "третий": 3,
    "четвертый": 4,
    "пятый": 5,
    "шестой": 6,
    "седьмой": 7,
    "восьмой": 8,
    "девятый": 9,
    "десятый": 10,
    "одиннадцатый": 11,
    "двенадцатый": 12,
    "тринадцатый": 13,
    "четырнадцатый": 14,
    "пятнадцатый": 15,
    "двадцатый": 20,
}
_EN_ORDINALS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
}
#: Endings written after a number and a hyphen: "1-е", "5-м", "2-ое", "3-ю".
_RU_ENDINGS: Final = frozenset(
    {"е", "й", "м", "ое", "ой", "ом", "ю", "я", "го", "ого", "ая", "ую", "ий", "ым", "ем", "ье"}
)
_EN_ENDINGS: Final = frozenset({"st", "nd", "rd", "th"})
_PLACE_NOUNS: Final = frozenset(
    {"место", "позиция", "строчка", "строка", "place", "position", "spot", "rank"}
)
_PLACE_VERBS: Final = frozenset(
    {
        "занимать",
        "занять",
        "заняв",
        "занимая",
        "оказаться",
        "выйти",
        "подняться",
        "опуститься",
        "переместиться",
        "rank",
        "ranked",
        "ranking",
        "come",
        "came",
        "place",
        "placed",
        "plac",
        "take",
        "took",
        "hold",
        "held",
        "occupy",
        "occupied",
        "finish",
        "finished",
    }
)
#: Words that may stand between a verb of ranking and its ordinal.
_FILLER: Final = frozenset({"the", "на", "в", "its", "а", "уже", "вновь", "снова", "also"})
#: Bounds: "входит в десятку", "в первую пятерку", "top 10".
_TOPS: Final = {"тройка": 3, "пятерка": 5, "десятка": 10, "двадцатка": 20}
#: Verbs that enter a bound: "входит в десятку".
_ENTER: Final = frozenset(
    {"входить", "войти", "оставаться", "остаться", "попасть", "попадать", "находиться"}
)
_EN_NUMBER_WORDS: Final = {"three": 3, "five": 5, "ten": 10, "twenty": 20, "fifteen": 15}
_DISTRICTS: Final = {
    "пфо": "ПФО",
    "сзфо": "СЗФО",
    "цфо": "ЦФО",
    "юфо": "ЮФО",
    "уфо": "УФО",
    "сфо": "СФО",
    "дфо": "ДФО",
    "скфо": "СКФО",
}
_RU_DISTRICT_ADJECTIVES: Final = {
    "приволжский": "ПФО",
    "северо-западный": "СЗФО",
    "центральный": "ЦФО",
    "южный": "ЮФО",
    "уральский": "УФО",
    "сибирский": "СФО",
    "дальневосточный": "ДФО",
    "северо-кавказский": "СКФО",
}
_COUNTRY: Final = {"россия": "Россия", "рф": "Россия", "russia": "Russia"}
#: Words of a group's phrase that do not name it: "среди регионов", "among the regions of".
_GROUP_FILLER: Final = frozenset(
    {
        "регион",
        "субъект",
        "область",
        "число",
        "the",
        "region",
        "subject",
        "constituent",
        "entity",
        "entities",
        "of",
        "russian",
        "all",
        "federal",
        "весь",
        "российский",
        "лидер",
        "leader",
        "leading",
        "крупный",
        "крупнейший",
        "largest",
        "ведущий",
        "все",
    }
)
_PARTNER_WORDS: Final = frozenset(
    {
        "партнер",
        "партнёр",
        "покупатель",
        "поставщик",
        "контрагент",
        "partner",
        "buyer",
        "supplier",
        "trading",
        "торговый",
    }
)
_GOODS_WORDS: Final = frozenset(
    {
        "несырьевой",
        "продукция",
        "товар",
        "non-primary",
        "non-resource",
        "non-commodity",
        "goods",
        "product",
        "products",
        "продовольствие",
        "агроэкспорт",
        "non",
        "primary",
        "energy",
        "сырьевой",
    }
)
#: Words of a measure that are not a flow's ("по объему инвестиций", "by its index").
_MEASURE_FILLER: Final = frozenset(
    {
        "объем",
        "volume",
        "value",
        "of",
        "the",
        "its",
        "terms",
        "стоимость",
        "total",
        "overall",
        "общий",
        "совокупный",
    }
)
#: Words of a ranking itself: "в этом рейтинге", "in the ranking".
_RANKINGS: Final = frozenset(
    {"рейтинг", "ranking", "rating", "список", "list", "этот", "это", "данный", "this"}
)
#: Words that leave a place's owner undecided: "Это второе место в округе".
_UNDECIDED: Final = frozenset({"это", "this"})
#: Words one of which a sentence holding a place has: a place word or verb, a top list.
_CUES: Final = _PLACE_NOUNS | _PLACE_VERBS | frozenset(_TOPS) | {"be", "top"}
#: Lemmas a place may start at, besides numbers.
_STARTS: Final = frozenset(_RU_ORDINALS) | frozenset(_EN_ORDINALS) | frozenset(_TOPS) | {"top"}
_TRADE_WORDS: Final = frozenset({"внешнеторговый", "товарооборот", "trade", "turnover"})
_PREVIOUS_WORDS: Final = frozenset({"прошлый", "прошлогодний", "last", "earlier", "ранее"})


class _Places:
    """The places of one tokenized text."""

    def __init__(self, tokens: Sequence[Token], lemmas: Sequence[str], locale: str) -> None:
        self.tokens = tokens
        self.lemmas = lemmas
        self.locale = locale
        self.year = main_year_of(tokens)
        self.trade_text = any(low in _TRADE_WORDS for low in lemmas)
        self.district: str | None = None
        #: The index after the last place read.
        self.previous_end = 0

    def lem(self, i: int) -> str:
        return self.lemmas[i] if 0 <= i < len(self.lemmas) else ""

    def form(self, i: int) -> str:
        return self.tokens[i].text.lower() if 0 <= i < len(self.tokens) else ""

    def attached(self, i: int) -> bool:
        """Whether the token at *i* is written right after the one before it."""
        return 0 < i < len(self.tokens) and self.tokens[i].start == self.tokens[i - 1].end

    # -- ordinals ------------------------------------------------------------------------

    def ordinal(self, i: int) -> tuple[int, int, bool] | None:
        """The ordinal at *i*: its value, the index after it, and whether it is written
        in a form that can only be an ordinal ("1-е", "5th", "первое")."""
        tok = self.tokens[i]
        if tok.kind == "num":
            number = tok.number
            if (
                number is None
                or number.value is None
                or not number.is_integer
                or is_year(tok) is not None
                or not 1 <= number.value <= 200
            ):
                return None
            value = int(number.value)
            if (
                self.form(i + 1) == "-"
                and self.attached(i + 1)
                and self.form(i + 2) in _RU_ENDINGS
                and self.attached(i + 2)
            ):
                return value, i + 3, True
            if self.form(i + 1) in _EN_ENDINGS and self.attached(i + 1):
                return value, i + 2, True
            return value, i + 1, False
        low = self.lemmas[i]  # a word: the loop starts places at numbers and words only
        found = _RU_ORDINALS.get(low) or _EN_ORDINALS.get(tok.text.lower())
        return (found, i + 1, True) if found else None

    def verb_before(self, i: int, floor: int) -> bool:
        """Whether a verb of ranking stands right before *i* (across a filler word)."""
        j = i - 1
        while j >= floor and j >= i - 3 and self.lemmas[j] in _FILLER:
            j -= 1
        return j >= floor and (
            self.lemmas[j] in _PLACE_VERBS or self.form(j) in _PLACE_VERBS or self.lem(j) == "be"
        )

    # -- what a place is in and of -------------------------------------------------------

    def group_at(self, j: int, end: int) -> tuple[str | None, bool, int] | None:
        """The group named from *j* on (after a preposition): its name, whether it is the
        reporter's partners, and the index after it; None when nothing names a group."""
        k = j
        russian = False
        while k < end and (self.lemmas[k] in _GROUP_FILLER or self.form(k) in _GROUP_FILLER):
            if self.lem(k + 1) == "федерация" or self.form(k + 1) == "federation":
                return ("Россия" if self.locale == "ru" else "Russia"), False, k + 2
            russian = russian or self.lemmas[k] in ("russian", "российский")
            k += 1
        if k >= end:
            return None
        low, form = self.lemmas[k], self.form(k)
        if russian and k > j and self.lem(k - 1) in ("регион", "субъект", "region", "subject"):
            return ("Россия" if self.locale == "ru" else "Russia"), False, k  # "Russian regions"
        if low in _DISTRICTS:
            self.district = _DISTRICTS[low]
            return self.district, False, k + 1
        if self.form(k + 1) == "-" and self.lem(k + 3) == "федеральный":
            low, k = f"{low}-{self.lem(k + 2)}", k + 2  # "Северо-Западного"
        if low in _RU_DISTRICT_ADJECTIVES and self.lem(k + 1) == "федеральный":
            self.district = _RU_DISTRICT_ADJECTIVES[low]
            return self.district, False, k + 3 if self.lem(k + 2) == "округ" else k + 2
        x = k
        while (
            x < min(end, k + 4)
            and (self.tokens[x].capitalized or (self.form(x) == "-" and self.attached(x)))
            and self.lem(x) != "federal"
        ):
            x += 1
        if x > k and self.lem(x) == "federal" and self.lem(x + 1) == "district":
            words = "".join(
                ("" if self.attached(y) and y > k else " ") + self.tokens[y].text
                for y in range(k, x)
            ).strip()  # "North-West"
            self.district = f"{words} Federal District"
            return self.district, False, x + 2
        if low in _COUNTRY or form in _COUNTRY:
            return _COUNTRY.get(low) or _COUNTRY[form], False, k + 1
        if low in ("страна", "country"):
            return ("Россия" if self.locale == "ru" else "Russia"), False, k + 1
        if low in ("округ", "district"):
            return self.district or ("округ" if self.locale == "ru" else "district"), False, k + 1
        for x in range(k, min(end, k + 3)):
            if self.lemmas[x] in _PARTNER_WORDS or self.form(x) in _PARTNER_WORDS:
                return "partners", True, x + 1
        return None

    def goods_after(self, k: int, end: int) -> bool:
        """Whether a goods group follows a flow word ending at *k* ("экспорту несырьевых
        товаров", "exports of non-primary goods")."""
        return any(
            self.lemmas[x] in _GOODS_WORDS or self.form(x) in _GOODS_WORDS
            for x in range(k, min(end, k + 4))
        )

    def flow_at(self, j: int, end: int) -> tuple[FlowRole | None, int] | None:
        """The flow a measure phrase from *j* on names ("объему экспорта", "exports"): the
        flow, or None for a measure that is not a flow; None when no noun follows."""
        k = j
        while k < end and (self.lemmas[k] in _MEASURE_FILLER or self.form(k) in _MEASURE_FILLER):
            k += 1
        if k >= end or self.tokens[k].kind != "word":
            return None
        if self.lemmas[k] in ("внешнеторговый", "внешний", "foreign", "external"):
            return FlowRole.TURNOVER, k + 2
        flow = lexicon.FLOW_WORDS.get(self.lemmas[k])
        if flow in (FlowRole.EXPORTS, FlowRole.IMPORTS, FlowRole.TURNOVER):
            return flow, k + 1
        return None, k + 1

    def after(self, i: int, end: int) -> _After | None:
        """What follows a place at *i*; None when a measure other than trade follows."""
        got = _After(i)
        group: str | None = None
        partners = False
        flow: FlowRole | None = None
        flow_read = False
        k = i
        if self.lem(k) in _PLACE_NOUNS or self.form(k) in _PLACE_NOUNS:
            k += 1
        for _ in range(3):
            low = self.lem(k)
            if k >= end:
                break
            if low in ("в", "во", "среди", "among", "within", "in", "across") and group is None:
                found = self.group_at(k + 1, end)
                if found is not None:
                    group, partners, k = found
                    continue
            if low in ("в", "во", "in") and not flow_read and group is None:
                read = self.flow_at(k + 1, end)  # "во внешней торговле", "в экспорте"
                if read is not None and read[0] is not None:
                    flow, flow_read, k = read[0], True, read[1]
                    continue
                if read is not None and self.lem(read[1] - 1) in _RANKINGS:
                    k = read[1]  # "в этом рейтинге", "in the ranking"
                    continue
                if read is not None:
                    return None  # "first place in the contest": not a trade place
            if (
                low in ("–", "-", "—", ":")
                and "на" in (self.lem(i - 1), self.lem(i - 2))
                and k + 1 < end
                and self.tokens[k + 1].capitalized
                and self.tokens[k + 1].kind == "word"
            ):
                # "на втором месте – Республика Корея (18%)": the name after the dash holds it
                names = [k + 1]
                while names[-1] + 1 < end and self.tokens[names[-1] + 1].capitalized:
                    names.append(names[-1] + 1)
                got.owner = " ".join(self.tokens[x].text for x in names[:4])
                got.region = find_region(got.owner)
                k = names[-1] + 1
                continue
            if low == "у" and self.tokens[k + 1 if k + 1 < end else k].capitalized:
                got.owner = self.tokens[k + 1].text  # "первое место у Санкт-Петербурга"
                got.region = find_region(got.owner)
                k += 2
                continue
            if low in ("по", "by", "for", "in", "on") and not flow_read:
                if low == "in" and self.form(k + 1) == "terms" and self.form(k + 2) == "of":
                    k += 2
                if low == "по" and group is None:
                    found = self.group_at(k + 1, end)  # "по России"
                    if found is not None and not found[1]:
                        group, partners, k = found
                        continue
                terms = low == "in" and self.form(k - 1) == "terms"
                read = self.flow_at(k + 1, end)
                if read is not None:
                    if read[0] is None and (low in ("по", "by") or terms):
                        return None  # a place in something that is not trade
                    if read[0] is None:
                        break
                    flow, flow_read, k = read[0], True, read[1]
                    got.goods = self.goods_after(k, end)
                    continue
            break
        got.group, got.partners, got.flow, got.flow_read, got.stop = (
            group,
            partners,
            flow,
            flow_read,
            k,
        )
        return got

    # -- whose, and when -------------------------------------------------------------------

    def subject(self, s_start: int, i: int) -> tuple[Entity | None, str, Region | None]:
        """Whose place the words before *i* in its sentence say it is."""
        region: Region | None = None
        name = ""
        for j in range(s_start, i):
            low = self.lemmas[j]
            if low in _UNDECIDED:
                return None, self.tokens[j].text, None
            if low in _PARTNER_WORDS or (
                low in ("страна", "country")
                and self.lem(j - 1) not in ("регион", "субъект", "region", "of")
            ):
                return Entity.PARTNER, name, region
            if low in _GOODS_WORDS or self.form(j) in _GOODS_WORDS:
                return Entity.GOODS, self.tokens[j].text, None
            if self.tokens[j].capitalized:
                found = find_region(self.tokens[j].text)
                if found is not None and region is None:
                    region, name = found, self.tokens[j].text
        if region is not None and region.kind is RegionKind.COUNTRY:
            return Entity.PARTNER, name, region
        return Entity.REPORTER, name, region

    def time(self, s_start: int, s_end: int, i: int, lo: int) -> TimeRole:
        """The period of a place at *i*: another year named in its sentence, or a
        starting place ("с 7-го на 5-е место", "from 7th")."""
        if self.lem(i - 1) in ("с", "from") or (
            self.lem(i - 2) in ("с", "from") and self.lem(i - 1) in _FILLER
        ):
            return TimeRole.PREVIOUS
        for j in range(i - 1, lo - 1, -1):
            # the year named nearest before the place, after the place before it
            year = is_year(self.tokens[j])
            if year is not None and self.year is not None and self.lem(j - 1) not in ("с", "к"):
                if year == self.year:
                    return TimeRole.MAIN
                return TimeRole.PREVIOUS if year == self.year - 1 else TimeRole.OTHER
        for j in range(s_start, s_end):
            year = is_year(self.tokens[j])
            if year is not None and self.year is not None and year != self.year:
                cue = self.lem(j - 1)
                if cue in ("в", "за", "in", "of", "итог") or self.lem(j - 2) == "итог":
                    return TimeRole.PREVIOUS if year == self.year - 1 else TimeRole.OTHER
            if self.lemmas[j] in _PREVIOUS_WORDS and self.lem(j + 1) in ("год", "year"):
                return TimeRole.PREVIOUS
            if self.lemmas[j] in ("год", "year") and self.lem(j + 1) in ("ранее", "earlier"):
                return TimeRole.PREVIOUS
        return TimeRole.MAIN

    def group_before(self, s_start: int, i: int, partners: bool) -> tuple[str | None, bool]:
        """A group named before a place at *i* in its sentence ("Среди регионов СЗФО ...")."""
        for j in range(s_start, i):
            if self.lemmas[j] in ("среди", "among", "в", "in"):
                found = self.group_at(j + 1, i)
                if found is not None:
                    return found[0], found[1] or partners
        return None, partners

    def flow_before(self, s_start: int, i: int) -> FlowRole | None:
        for j in range(i - 1, s_start - 1, -1):
            flow = lexicon.FLOW_WORDS.get(self.lemmas[j])
            if flow in (FlowRole.EXPORTS, FlowRole.IMPORTS, FlowRole.TURNOVER):
                return flow
        return None

    # -- the text ------------------------------------------------------------------------

    def sentence(self, s_start: int, s_end: int) -> Iterator[PlaceMention]:
        previous: PlaceMention | None = None
        owner: tuple[Entity | None, str, Region | None] | None = None
        tokens, lemmas = self.tokens, self.lemmas
        i = s_start
        while i < s_end:
            tok = tokens[i]
            if (
                tok.kind != "num"
                and lemmas[i] not in _STARTS
                and (tok.kind != "word" or tok.text.lower() not in _EN_ORDINALS)
            ):
                i += 1
                continue
            bound = self.bound_at(i, s_end)
            found = bound or self.ordinal(i)
            if found is None:
                i += 1
                continue
            value, end, certain = found
            place_word = self.lem(end) in _PLACE_NOUNS or self.form(end) in _PLACE_NOUNS
            verb = self.verb_before(i, s_start)
            elided = (
                previous is not None
                and certain
                and self.lem(i - 1) in ("и", "а", ",", "and", "–", "—", "-", "на", "to")
                and self.lem(end) in ("в", "во", "среди", "по", "in", "among", "by")
            )
            between = (
                self.group_before(self.previous_end, i, False)
                if previous is not None and certain and not elided
                else (None, False)
            )
            if between[0] is not None:
                elided = True  # "третье место, а в России – 25-е"
            if (
                previous is not None
                and certain
                and any(is_year(t) for t in self.tokens[self.previous_end : i])
            ):
                elided = True  # "по итогам 2021 года – 4-е место, 2022 года – 3-е"
            if bound is None and not (
                (certain and (place_word or verb)) or (place_word and verb) or elided
            ):
                i += 1
                continue
            bound_group = self.group_at(end, s_end) if bound is not None else None
            rest = self.after(bound_group[2] if bound_group else end, s_end)
            if rest is not None and bound_group is not None:
                rest.group, rest.partners = bound_group[0], bound_group[1]  # "тройку лидеров СЗФО"
            if rest is None:
                i = end
                continue
            group, partners, flow, flow_read, stop = (
                rest.group,
                rest.partners,
                rest.flow,
                rest.flow_read,
                rest.stop,
            )
            if group is None and between[0] is not None:
                group, partners = between
            if group is None and previous is not None and previous.group == "partners":
                group, partners = previous.group, True  # "на четвертое место в этом рейтинге"
            if group is None:
                group, partners = self.group_before(s_start, i, partners)
            if bound is None and not (place_word or group or flow_read or elided):
                i += 1  # "the first to", "came second": no place word, group or measure
                continue
            if flow is None and not flow_read:
                flow = self.flow_before(s_start, i)
            if flow is None and partners:
                flow = FlowRole.TURNOVER  # a place among the trading partners
            if flow is None and previous is not None:
                flow = previous.flow
            if flow is None and self.trade_text:
                flow = FlowRole.TURNOVER
            if flow is None:
                i = stop
                continue
            if owner is None:
                owner = self.subject(s_start, i)  # the sentence's subject, before its first place
            entity, name, region = owner
            if partners:
                entity = Entity.PARTNER
            if rest.goods:
                entity, name, region = Entity.GOODS, "", None
            if rest.owner:
                entity, name, region = None, rest.owner, rest.region
                if region is not None and region.kind is RegionKind.COUNTRY:
                    entity = Entity.PARTNER
            span_start = self.tokens[i].start
            place = PlaceMention(
                value,
                flow,
                (span_start, self.tokens[max(stop, end) - 1].end),
                group,
                entity,
                self.time(s_start, s_end, i, self.previous_end if previous else s_start),
                bound is not None,
                region,
                name,
            )
            yield place
            previous = place
            i = self.previous_end = max(stop, end)

    def bound_at(self, i: int, end: int) -> tuple[int, int, bool] | None:
        """A bound at *i*: "(в) (первую) десятку", "top 10", "top ten"."""
        low = self.lemmas[i]
        if low not in _TOPS and low != "top":
            return None
        before = {self.lem(j) for j in range(max(0, i - 4), i)}
        if low in _TOPS and self.lem(i - 1) in ("в", "первый") and before & _ENTER:
            return _TOPS[low], i + 1, True
        if self.form(i) == "top" and before & {"among", "in", "into"}:
            nxt = i + 1
            if self.form(nxt) == "-":
                nxt += 1
            tok = self.tokens[nxt] if nxt < end else None
            if tok is not None and tok.kind == "num" and tok.number is not None:
                value = tok.number.value
                if value is not None and tok.number.is_integer and 1 <= value <= 200:
                    return int(value), nxt + 1, True
            word = _EN_NUMBER_WORDS.get(self.form(nxt))
            if word is not None:
                return word, nxt + 1, True
        return None

    def read(self) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        for s_start, s_end in _sentences(self.tokens):
            if not _CUES.isdisjoint(self.lemmas[s_start:s_end]):
                out.extend(self.sentence(s_start, s_end))
        return out


@attrs.define
class _After:
    """What follows a place: its group, flow, owner ("у Санкт-Петербурга"), goods group."""

    stop: int
    group: str | None = None
    partners: bool = False
    flow: FlowRole | None = None
    flow_read: bool = False
    owner: str = ""
    region: Region | None = None
    goods: bool = False


def _sentences(tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """Sentences as token ranges: cut after ".", "!" or "?" before a capital or a number."""
    start = 0
    for i, token in enumerate(tokens):
        if token.text in (".", "!", "?", ";") and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if token.text == ";" or nxt.capitalized or nxt.kind == "num":
                yield start, i + 1
                start = i + 1
    yield start, len(tokens)


def read_places(
    tokens: Sequence[Token], lemmas: Sequence[str], *, locale: str = "en"
) -> tuple[PlaceMention, ...]:
    """Every place (rank) of a tokenized text, attributed (see the module).

    >>> from regionrel.text.tokens import tokenize
    >>> tokens = tokenize("Trade grew. The region ranked 5th in the Ural Federal District.")
    >>> [(p.position, p.group, p.flow.value) for p in read_places(tokens, [t.lemma for t in tokens])]
    [(5, 'Ural Federal District', 'turnover')]
    """
    if _CUES.isdisjoint(lemmas):
        return ()
    return tuple(_Places(tokens, lemmas, locale).read())


def merge_ranks(
    ranks: Sequence[RankMention], places: Sequence[PlaceMention]
) -> tuple[RankMention, ...]:
    """The reporter's exact places for the main period: *ranks* the phrase passes read,
    less those a place read over tokens gives to another entity or period, and the places
    they did not read."""
    out: list[RankMention] = []
    taken: list[PlaceMention] = []
    for rank in ranks:
        over = [p for p in places if p.span[0] < rank.span[1] and rank.span[0] < p.span[1]]
        if any(_reporters(p) is None for p in over):
            continue  # someone else's place, or another period's, or a bound
        taken += over
        out.append(rank)
    for place in places:
        mention = _reporters(place)
        if mention is not None and place not in taken:
            out.append(mention)
    return tuple(out)


def _reporters(place: PlaceMention) -> RankMention | None:
    if (
        place.entity is not Entity.REPORTER
        or place.time is not TimeRole.MAIN
        or place.bound
        or place.flow not in (FlowRole.EXPORTS, FlowRole.IMPORTS, FlowRole.TURNOVER)
    ):
        return None
    return RankMention(place.position, place.flow, place.span, place.region, place.group)
