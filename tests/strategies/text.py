"""Hypothesis strategies for report prose: paragraphs in the seed's style with known figures."""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from regionrel._numbers import format_number

__all__ = ["Paragraph", "paragraphs"]

_EN_TEMPLATES = (
    "At the end of {year}, the foreign trade turnover of the Kursk Region, as compared with "
    "{base}, {t_verb} by {t_rate}% and amounted to {turnover} million US dollars. Exports "
    "amounted to {exports} million US dollars and {e_verb} by {e_rate}%; imports amounted to "
    "{imports} million US dollars and {i_verb} by {i_rate}%.",
    "In {year}, the trade turnover of the Kursk Region amounted to {turnover} million US "
    "dollars and {t_verb} by {t_rate}%. The value of exports of goods {e_verb} by {e_rate}% and "
    "amounted to {exports} million US dollars. The value of imports of goods amounted to "
    "{imports} million US dollars and {i_verb} by {i_rate}%.",
)
_RU_TEMPLATES = (
    "По итогам {year} года внешнеторговый оборот Курской области по сравнению с {base} годом "
    "{t_verb} на {t_rate}% и составил {turnover} млн долларов США. Экспорт составил {exports} "
    "млн долларов США и {e_verb} на {e_rate}%; импорт составил {imports} млн долларов США и "
    "{i_verb} на {i_rate}%.",
    "В {year} году товарооборот Курской области составил {turnover} млн долларов США и "
    "{t_verb} на {t_rate}%. Экспорт товаров {e_verb} на {e_rate}% и составил {exports} млн "
    "долларов США. Импорт товаров составил {imports} млн долларов США и {i_verb} на {i_rate}%.",
)
_VERBS = {
    ("en", True): "increased",
    ("en", False): "decreased",
    ("ru", True): "увеличился",
    ("ru", False): "снизился",
}


@attrs.frozen
class Paragraph:
    """A generated paragraph and the figures it states, as published (digits only)."""

    text: str
    locale: str
    #: role -> the amount's digits as printed.
    amounts: dict[str, str]
    #: role -> (the rate's digits as printed, "up" or "down").
    changes: dict[str, tuple[str, str]]


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    """Paragraphs in English or Russian, two phrasings each, with any amounts and rates."""
    locale = draw(st.sampled_from(["en", "ru"]))
    template = draw(st.sampled_from(_EN_TEMPLATES if locale == "en" else _RU_TEMPLATES))
    year = draw(st.integers(2000, 2030))
    values: dict[str, str] = {}
    amounts: dict[str, str] = {}
    changes: dict[str, tuple[str, str]] = {}
    for role, key in (("turnover", "t"), ("exports", "e"), ("imports", "i")):
        amount = Decimal(draw(st.integers(1, 10**8))).scaleb(-draw(st.integers(0, 2)))
        digits = -amount.as_tuple().exponent  # type: ignore[operator]
        text = format_number(amount, decimals=digits, locale=locale)
        values[role] = text
        amounts[role] = text
        rate = Decimal(draw(st.integers(1, 9999))).scaleb(-1)
        rate_text = format_number(rate, decimals=1, locale=locale)
        up = draw(st.booleans())
        values[f"{key}_rate"] = rate_text
        values[f"{key}_verb"] = _VERBS[(locale, up)]
        changes[role] = (rate_text, "up" if up else "down")
    text = template.format(year=year, base=year - 1, **values)
    return Paragraph(text, locale, amounts, changes)
