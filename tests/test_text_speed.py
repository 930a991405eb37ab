"""The reader's shortcuts for speed give what the plain paths give (issue 18).

The reader leaves the garbage collector alone: a library call does not change the
interpreter's global state (pausing it saved about a tenth of the time; not worth it).
"""

from __future__ import annotations

import gc
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import extract
from regionrel._numbers import NumberText
from regionrel.errors import ValidationError
from regionrel.reported import FigureKind, Reported
from regionrel.text.figure_phrases import FigureReader
from regionrel.text.grammar import MASK, NUM, lazy_run
from regionrel.text.phrase_readings import NUMBERED_PHRASES
from regionrel.text.tokens import tokenize


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        found = extract("In 2018, exports amounted to 7,109 million US dollars.")
        assert gc.isenabled() is enabled
        assert [f.figure.text for f in found.figures] == ["7,109"]
    finally:
        if was:
            gc.enable()


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9
    ),
    st.integers(0, 5),
    st.sampled_from(list(FigureKind)),
    st.sampled_from(["en", "ru"]),
    st.integers(0, 50),
    st.integers(0, 10),
)
def test_from_number_is_the_constructor(
    value: Decimal, decimals: int, kind: FigureKind, locale: str, start: int, length: int
) -> None:
    number = NumberText(str(value), value, decimals, start, start + length)
    try:
        plain = Reported(value, decimals, kind, locale, span=(start, start + length))
    except ValidationError as exc:
        refused = str(exc)
    else:
        refused = ""
    if refused:
        with pytest.raises(ValidationError) as caught:
            Reported.from_number(number, kind=kind, locale=locale)
        assert str(caught.value) == refused
        return
    made = Reported.from_number(number, kind=kind, locale=locale)
    assert made == plain
    assert (made.span, made.text, str(made), repr(made)) == (
        plain.span,
        plain.text,
        str(plain),
        repr(plain),
    )
    assert made.value.as_tuple() == plain.value.as_tuple()


def test_from_number_refuses_what_the_constructor_refuses() -> None:
    number = NumberText("1E+2000", Decimal("1E+2000"), 0, 0, 7)
    with pytest.raises(ValidationError):
        Reported.from_number(number)
    with pytest.raises(ValidationError):
        Reported.from_number(NumberText("5", Decimal(5), 0, 3, 1))


# -- the scanning passes (issue 18: 1 MB of any text in under 2 s) ---------------------------

_PIECES = st.sampled_from(
    ["a", "Agreement", " ", "  ", "\n", ".", ";", ",", " and ", " on ", " of ", " for 1", "x"]
)


@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from([".;", ","]))
def test_lazy_run_matches_what_a_lazy_dot_matches(text: str, stops: str) -> None:
    """A phrase that may end only before white space, a stop or the end: ``lazy_run``
    takes the letters between endings at once, and matches exactly what ``.+?`` does."""
    ending = rf"(?=\s+(?:and|for)\s|\s*[{re.escape(stops)}]|\s*$)"
    plain = re.compile(rf"(?P<a>a)?(?P<run>.+?)(?:\s+on\s+(?P<sub>.+?))?{ending}", re.I)
    fast = re.compile(
        rf"(?P<a>a)?(?P<run>{lazy_run(stops)})(?:\s+on\s+(?P<sub>{lazy_run(stops)}))?{ending}",
        re.I,
    )
    for pos in range(len(text) + 1):
        one, two = plain.match(text, pos), fast.match(text, pos)
        assert (one and (one.span(), one.groupdict())) == (two and (two.span(), two.groupdict()))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


@given(st.text(alphabet="ab .!?,;-\n\u00abй_", max_size=60))
def test_tokenize_gives_each_mark_of_a_run_its_own_token(text: str) -> None:
    expected = [
        (m.group(), m.start(), m.end(), "word" if m.group(1) else "punct")
        for m in re.finditer(r"(\w+)|[^\w\s]", text)
    ]
    assert [(t.text, t.start, t.end, t.kind) for t in tokenize(text)] == expected


def test_a_long_run_of_marks_is_one_token_per_mark() -> None:
    tokens = tokenize("Exports grew!!! Then... 5")
    assert [t.text for t in tokens] == [
        "Exports",
        "grew",
        "!",
        "!",
        "!",
        "Then",
        ".",
        ".",
        ".",
        "5",
    ]
    assert [t.start for t in tokens if t.text == "."] == [20, 21, 22]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("in 2018 exports", None),
        ("it was 5 in all", None),
        ("USD 5 in all", ("5", "USD")),
        ("$ 5 in all", ("5", "USD")),
        ("5 U.S. dollars", ("5", "USD")),
        ("5 dollars", ("5", "USD")),
        ("5 million dollars", ("5", "USD")),
        ("7,109 million", ("7109", "")),
    ],
)
def test_a_number_is_an_amount_only_with_a_scale_or_currency_beside_it(
    text: str, amount: tuple[str, str] | None
) -> None:
    reader = FigureReader(text, "en")
    i = next(k for k, t in enumerate(reader.tokens) if t.kind == "num")
    found = reader.amount(i, len(reader.tokens))
    assert (found and (str(found[0].value), found[0].currency)) == amount


#: The words the numbered phrases are written with, and marks: texts of them come near a match.
_PHRASE_WORDS = sorted(
    {w for p in NUMBERED_PHRASES for w in re.findall(r"[A-Za-zА-Яа-яЁё$€]+", p.pattern)}
    | {"%", "(", ")", "-", "+", MASK, " ", "  "}
)


@given(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=14).map(" ".join))
def test_a_numbered_phrase_matches_no_shadow_without_a_number(text: str) -> None:
    """The reader skips the numbered phrases on a shadow without NUM: none could match."""
    for pattern in NUMBERED_PHRASES:
        assert pattern.search(text) is None, pattern.pattern


def test_the_numbered_phrases_match_with_a_number() -> None:
    matched = {
        p
        for p in NUMBERED_PHRASES
        for text in (
            f"increased by {NUM * 4}%",
            f"экспорт вырос на {NUM * 2}%",
            f"{NUM * 3} million US dollars",
        )
        if p.search(text)
    }
    assert len(matched) >= 3
