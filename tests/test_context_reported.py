"""Figures, numbers, the text reader, summaries and serialization ignore the decimal context."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import Reported, extract, find_typos, format_number, gazetteer, parse_number
from regionrel._numbers import quantize
from regionrel.serialize import from_dict, to_dict
from tests._context import ROUNDINGS, same_in, settings_of_contexts

SEED = (Path(__file__).resolve().parent.parent / "examples" / "leningrad_2018.txt").read_text(
    encoding="utf-8"
)

figure_texts = st.builds(
    lambda digits, places, suffix: f"{Decimal(digits).scaleb(-places):,f}{suffix}",
    st.integers(-(10**15), 10**15),
    st.integers(0, 6),
    st.sampled_from(["", "%"]),
)


@given(figure_texts, settings_of_contexts)
def test_figures_ignore_the_context(text: str, context: tuple[int, str]) -> None:
    def everything() -> object:
        figure = Reported.parse(text)
        results: list[object] = [
            figure,
            figure.text,
            figure.precision,
            figure.interval,
            figure.admits(figure.value),
            figure.negated(),
            Reported.from_value(figure.value, 1, kind=figure.kind),
            parse_number(format_number(figure.value, decimals=2, locale="ru"), locale="ru"),
            quantize(figure.value, 1),
        ]
        if figure.kind.name != "NUMBER":
            results += [figure.as_fraction(), figure.as_ratio(), figure.as_growth()]
        if len(figure.text) <= 12:
            results += [figure.typo_variants()[:20], figure.typos_within(Decimal(0), Decimal(99))]
        return results

    same_in(*context, everything)


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_typo_search_ignores_the_context(rounding: str) -> None:
    same_in(2, rounding, lambda: find_typos("10,224.9", Decimal("11224.4"), Decimal("11225.5")))


@pytest.mark.parametrize("rounding", ROUNDINGS)
@pytest.mark.parametrize("locale", ["en", "ru"])
def test_reading_and_summarising_the_seed_ignores_the_context(rounding: str, locale: str) -> None:
    text = SEED if locale == "en" else "Товарооборот составил 10 224,9 млн долл. США."

    def everything() -> object:
        found = extract(text, locale=locale)
        relations = found.relations(gazetteer.get("RU-LEN"))
        return (
            found,
            relations,
            relations.summary(2018, locale=locale),
            to_dict(found),
            from_dict(type(relations), to_dict(relations)),
        )

    same_in(3, rounding, everything)
