"""The shape of a phrase grammar: one compiled pattern per stock phrase, the same names in every language.

Patterns run on a *shadow* of each sentence, as long as the sentence, in which every
number is a run of :data:`NUM` characters and every date or consumed phrase a run of
:data:`MASK` characters; so indices in a match are indices in the sentence, and a
pattern never has to know how a locale writes its numbers. ``(?P<num>...)`` groups
capture number runs, which the reader maps back to the numbers it scanned.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from regionrel._validators import checked_by_annotation

__all__ = ["MASK", "NUM", "Grammar", "num"]

#: Stands for each character of a number in a shadow sentence.
NUM: Final = "\ue000"
#: Stands for each character of a date or of a phrase already read.
MASK: Final = "\ue001"


def num(name: str = "num") -> str:
    """A named group that captures one number run of a shadow sentence.

    >>> num("rate")
    '(?P<rate>\\ue000+)'
    """
    return f"(?P<{name}>{NUM}+)"


def lazy_run(stops: str) -> str:
    """A lazy run of one or more characters (as ``.+?``) for a phrase that may end only
    before white space, one of *stops* or the end of the text.

    The same matches as ``.+?`` followed by such an ending, in time linear in the words
    it passes, not in their letters: the letters between two endings are taken at once.

    >>> re.match(rf"(?P<name>{lazy_run(',')})(?=\\s*,|\\s*$)", "Leningrad Region, Karelia")["name"]
    'Leningrad Region'
    """
    return rf"(?:.[^\s{stops}]*+)+?"


def compile_ci(pattern: str) -> re.Pattern[str]:
    """Compile *pattern* case-insensitively (the shadow keeps the sentence's letters)."""
    return re.compile(pattern, re.IGNORECASE)


@attrs.frozen(field_transformer=checked_by_annotation)
class Grammar:
    """The stock phrases of one language, as compiled patterns over shadow sentences."""

    #: The locale numbers are read in.
    locale: str
    #: A money amount: groups ``num``, ``scale``, ``cur`` (and ``num2`` for "7,109 and 4,115.9 million").
    money: re.Pattern[str]
    #: Currency words by lower-case spelling, to ISO 4217 codes.
    currencies: dict[str, str]
    #: A rise in percent ("increased by 21.5%"): group ``num``.
    change_up: re.Pattern[str]
    #: A fall in percent ("decreased by 3.2%"): group ``num``.
    change_down: re.Pattern[str]
    #: A further rate right after a change, for "by 25.7% and 14.8%, respectively": group ``num``.
    change_more: re.Pattern[str]
    #: A signed change in brackets ("(+14.8%)"): groups ``sign``, ``num``.
    change_signed: re.Pattern[str]
    #: A multiple ("increased 2.1 times", "в 2,1 раза"): groups ``num``, ``up``/``down``.
    multiple: re.Pattern[str]
    #: An index ("104.9% of the 2017 level"): groups ``num``, ``base``.
    index: re.Pattern[str]
    #: "Exports exceed imports by 73%": groups ``a``, ``b``, ``num`` (percent) or ``num2`` (times).
    exceed: re.Pattern[str]
    #: "partners from 160 countries": group ``num``.
    count: re.Pattern[str]
    #: "took the 2nd place in exports": groups ``num``, ``flow``.
    rank: re.Pattern[str]
    #: "and the 3rd place in imports" right after a rank: groups ``num``, ``flow``.
    rank_more: re.Pattern[str]
    #: The group a rank is within: group ``group``.
    rank_group: re.Pattern[str]
    #: A share in brackets after a partner ("(15.6% of trade)"): groups ``num``, ``of``.
    share: re.Pattern[str]
    #: What precedes a share: the partner's name, group ``name``, at the end of the text before.
    share_name: re.Pattern[str]
    #: "the share of China in turnover was 15.6%": groups ``name``, ``of``, ``num``.
    share_phrase: re.Pattern[str]
    #: A flow keyword: groups ``turnover``, ``exports``, ``imports``, ``balance``.
    flow: re.Pattern[str]
    #: Words that make a balance negative ("deficit").
    negative_balance: re.Pattern[str]
    #: Where a flow's qualifier stops (a verb, a comma, a number...).
    qualifier_stop: re.Pattern[str]
    #: A qualifier naming a partner ("with China"): group ``name``.
    partner_qualifier: re.Pattern[str]
    #: A qualifier naming the reporter ("of the Leningrad Region"): group ``name``.
    reporter_qualifier: re.Pattern[str]
    #: A qualifier naming goods ("of mineral products"): group ``name``.
    goods_qualifier: re.Pattern[str]
    #: A qualifier that names nothing in particular ("of goods").
    generic_qualifier: re.Pattern[str]
    #: Where a qualifier splits into prepositional phrases ("of goods | with China").
    qualifier_split: re.Pattern[str]
    #: A verb between a flow and its figure ("amounted to"), for elliptical clauses.
    verb: re.Pattern[str]
    #: "respectively".
    respectively: re.Pattern[str]
    #: A pronoun that points back at the last flow ("it", "они").
    pronoun: re.Pattern[str]
    #: "and" or a comma between two flows of one compound subject.
    conjunction: re.Pattern[str]
    #: A year or span of years with its cue; groups ``cue`` and ``years``.
    period: re.Pattern[str]
    #: Cues that make a period the base of a comparison.
    base_cue: re.Pattern[str]
    #: Cues that make a period the one reported on.
    main_cue: re.Pattern[str]
    #: A date's label ("Updated at"), right before the date.
    updated: re.Pattern[str]
    #: Brackets that explain rather than state ("(due to ...)").
    explanation: re.Pattern[str]
    #: An action plan to implement an agreement: groups ``agreement``.
    plan: re.Pattern[str]
    #: An agreement between parties: groups ``title``, ``parties``, ``subject``.
    agreement: re.Pattern[str]
    #: A governing body in a list of parties: groups ``body``, ``region``.
    party: re.Pattern[str]
    #: A forum or conference title with its edition: groups ``edition``, ``name``.
    forum: re.Pattern[str]
    #: A delegation visit: groups ``visitors``, ``host``.
    visit: re.Pattern[str]
    #: Ordinal words and numerals to numbers (lower case).
    ordinals: dict[str, int]
    #: A candidate region name in running text: group ``name``.
    region_name: re.Pattern[str]
    #: Coordinated regions sharing a head noun ("the Ferghana and Bukhara Regions").
    coordinated_regions: re.Pattern[str]
    #: Pattern name -> lower-case substrings one of which a sentence must hold for the
    #: pattern to be tried at all (a cheap filter that keeps reading fast).
    triggers: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
