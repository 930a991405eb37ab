"""The attribution's shortcuts for speed give what the plain paths give (issue 18).

Each shortcut is checked against the plain reading it replaces: the constructor of
:class:`Reported` against the one attrs generates, the agreements of a sentence read
left to right against the whole pattern at each position, the sentence ends found in
one pass against the token-by-token rules, a report's figures against their reading
one by one.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionrel.text.entities as entities
from regionrel import extract
from regionrel.errors import RegionrelError
from regionrel.reported import FigureKind, Reported
from regionrel.text import lexicon
from regionrel.text.grammar import MASK, NUM
from regionrel.text.patterns_en import GRAMMAR as EN
from regionrel.text.patterns_ru import GRAMMAR as RU
from regionrel.text.relation_mentions import _Agreements
from regionrel.text.tokens import Token, tokenize
from regionrel.text.topics import sentence_spans
from tests.corpus.paragraphs import PARAGRAPHS

SEED = Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.txt"


def _generated(*args: Any, **kwargs: Any) -> Reported:
    """A Reported built by the converters and validators attrs generated, nothing else."""
    made = object.__new__(Reported)
    made.__attrs_init__(*args, **kwargs)  # type: ignore[attr-defined]
    return made


def _outcome(build: Any) -> tuple[str, object]:
    try:
        made = build()
    except RegionrelError as exc:
        return type(exc).__name__, str(exc)
    return "made", (
        made.value.as_tuple(),
        made.decimals,
        made.kind,
        made.locale,
        made.span,
        made.text,
        repr(made),
        hash(made),
    )


_VALUES = st.one_of(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, max_value=10**9, min_value=-(10**9)
    ),
    st.decimals(),  # NaN, infinities, any exponent
    st.sampled_from([Decimal("1E+2000"), Decimal("-0"), Decimal("0E-5"), Decimal("1.50")]),
    st.integers(-(10**6), 10**6),
    st.sampled_from(["7109.0", "1,5", "x"]),
)
_SPANS = st.one_of(
    st.none(),
    st.tuples(st.integers(-2, 60), st.integers(-2, 60)),
    st.sampled_from([(1,), (True, 2), (1.0, 2), [1, 2]]),
)


@given(
    _VALUES,
    st.one_of(st.integers(-1, 6), st.sampled_from([True, 1001, "2"])),
    st.one_of(st.sampled_from(list(FigureKind)), st.sampled_from(["percent", "odd", 5])),
    st.sampled_from(["en", "ru", "de", 5]),
    _SPANS,
)
def test_the_constructor_is_the_generated_one(
    value: object, decimals: object, kind: object, locale: object, span: object
) -> None:
    args = (value, decimals, kind, locale)
    fast = _outcome(lambda: Reported(*args, span=span))  # type: ignore[arg-type]
    assert fast == _outcome(lambda: _generated(*args, span=span))


def test_the_constructor_keeps_its_rules() -> None:
    assert Reported(Decimal("7109.0"), 1, span=(3, 10)).text == "7,109.0"
    with pytest.raises(RegionrelError, match="more than 1 digits"):
        Reported(Decimal("7109.05"), 1)
    with pytest.raises(RegionrelError, match="must not be negative"):
        Reported(Decimal("-2.1"), 1, FigureKind.MULTIPLE)
    with pytest.raises(RegionrelError, match="span"):
        Reported(Decimal("5"), 0, span=(4, 2))


# -- agreements read left to right -------------------------------------------------------

_AGREEMENT_WORDS = [
    "Agreement between",
    "the agreement of",
    "An Agreement between",
    "the Government of",
    "Council of Ministers of",
    "the Leningrad Region",
    "Leningrad",
    "and",
    "on trade",
    "on",
    "cooperation",
    f"for {NUM}",
    f"in {MASK}",
    "and an action plan",
    ".",
    ";",
    ",",
    "\n",
    "Соглашение о сотрудничестве между",
    "Правительством",
    "о торговле",
]


def _whole(pattern: Any, shadow: str, pos: int) -> object:
    match = pattern.match(shadow, pos)
    if match is None:
        return None
    return (
        match.group("title"),
        match.start("title"),
        (
            match.start("parties"),
            match.end("parties"),
            match.group("subject"),
            match.start("subject"),
            match.end(),
        ),
    )


@given(
    st.lists(st.sampled_from(_AGREEMENT_WORDS), max_size=40),
    st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=40, max_size=40),
    st.sampled_from([EN, RU]),
    st.randoms(use_true_random=False),
)
def test_agreements_read_left_to_right_are_the_pattern_read_at_each_position(
    words: list[str], gaps: list[str], grammar: Any, shuffle: random.Random
) -> None:
    shadow = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    positions = list(range(len(shadow) + 1))
    for order in (positions, shuffle.sample(positions, len(positions))):
        found = _Agreements(SimpleNamespace(g=grammar, shadow=shadow))
        for pos in order:
            assert found.tail(pos) == _whole(grammar.agreement, shadow, pos), pos


def test_a_sentence_of_repeated_agreements_reads_each_of_them() -> None:
    unit = "Agreement between the Government of the Leningrad Region and "
    found = extract(unit * 20)  # (one stretch of the reader: under 1,500 characters)
    assert len(found.agreements) == 20
    assert all(a.title == "Agreement" and len(a.parties) == 1 for a in found.agreements)
    tail = found.agreements[-1].parties[0].name
    assert all(a.parties[0].name.endswith(tail) for a in found.agreements)


# -- sentence ends -------------------------------------------------------------------------


def _plain_sentences(tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """The sentence ends as read token by token, before the one-pass shortcut."""
    start = 0
    for i, token in enumerate(tokens):
        if token.kind == "punct" and token.text in ".!?" and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            prev = tokens[i - 1] if i else None
            if (
                prev is not None
                and prev.kind == "word"
                and len(prev.text) == 1
                and not (i >= 2 and tokens[i - 2].text == "-")
            ):
                continue
            if (
                prev is not None
                and prev.kind == "word"
                and len(prev.text) <= 4
                and (
                    prev.lemma in lexicon.SCALES
                    or prev.lemma in {"долл", "г", "руб", "тыс", "aug", "feb"}
                )
            ) and not (
                nxt.capitalized
                and nxt.lemma not in lexicon.CURRENCY_WORDS
                and nxt.lemma not in lexicon.CURRENCY_COUNTRIES
            ):
                continue
            if nxt.capitalized or nxt.kind == "num" or nxt.text in '«"(':
                yield start, i + 1
                start = i + 1
    yield start, len(tokens)


_SENTENCE_WORDS = ["Exports", "rose", "U", "S", ".", "!", "?", "5", "млн", "долл", "-", "В"]
_SENTENCE_WORDS += ["«", "(", '"', "bn", "USD", "Dollar", "aug", "г", "2007", "м", "..."]


@given(st.lists(st.sampled_from(_SENTENCE_WORDS), max_size=60), st.sampled_from(["", " "]))
def test_sentence_ends_in_one_pass_are_the_token_by_token_ones(words: list[str], gap: str) -> None:
    tokens = tokenize(gap.join(words))
    assert list(sentence_spans(tokens)) == list(_plain_sentences(tokens))


# -- the words an entity may be ------------------------------------------------------------


def test_every_word_the_entity_rules_take_is_a_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading every word (no cue filter) attributes every corpus figure as the cues do.

    A new rule of ``StatementReader.entity`` that takes a small word must add its lemma
    to ``_ENTITY_WORDS``; this fails on the corpus paragraph the rule was written for.
    """
    texts = [(p.text, p.language) for p in PARAGRAPHS]
    texts.append((SEED.read_text(encoding="utf-8"), "en"))
    cued = [repr(extract(text, locale=locale).statements) for text, locale in texts]
    monkeypatch.setattr(entities, "_entity_cue", lambda token, low: True)
    assert [repr(extract(text, locale=locale).statements) for text, locale in texts] == cued
