"""Consistent reports that use everything a TradeReport can hold (issue 18, soundness).

A world of true values (flows of two periods, partners' shares of exports and imports,
partner and goods groups, ranked members) is published the ways sources publish it:
amounts at 0 to 3 decimals, half-up or half-even; growth as a percent change, an index,
a multiple ("2.1 times"), a qualified multiple ("more than 2 times", ``AT_LEAST``) or a
fraction in words ("by a third": about 33.3%); ranges (``ABOUT``, ``AT_LEAST``,
``AT_MOST``); some figures stated twice; weights; every scale; amounts near 0.1, at
rounding ties, and of 10^15 and more. Drawn from a Hypothesis ``Random``, so that a
failure shrinks and replays.
"""

from __future__ import annotations

import random
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Context, Decimal
from typing import Any

from regionrel.reported import FigureKind, Reported

__all__ = ["Statement", "consistent_statements", "with_typos"]

_X = Context(prec=60)
_WIDE = Context(prec=400)  # (a change near 0 rounds to many places)
_H = Decimal(100)
_ONE = Decimal(1)

#: A statement as :meth:`TradeReport.from_statements` takes it.
Statement = tuple[str, Reported] | tuple[str, Reported, str]

#: Fractions in words, as :mod:`regionrel.text.figure_phrases` holds them: percent, decimals.
_FRACTIONS = ((Decimal("33.3"), 1), (Decimal(25), 0), (Decimal(50), 0), (Decimal(20), 0))


def _amount(r: random.Random) -> Decimal:
    kind = r.random()
    if kind < 0.25:  # near 0.1, where rounding dominates
        return Decimal(r.randint(40, 400)).scaleb(-3)
    if kind < 0.30:  # 10^15 to 10^24 in the report's units
        return Decimal(r.randint(1000, 9999)).scaleb(r.randint(12, 21))
    if kind < 0.35:  # halves, quarters and eighths: rounding ties
        eighths = _X.divide(Decimal(r.randint(1, 99999)), Decimal(2 ** r.randint(1, 3)))
        return eighths.scaleb(-r.randint(0, 2))
    return Decimal(r.randint(1000, 10**9)).scaleb(-r.randint(1, 5))


def _significant(value: Decimal, digits: int, mode: str = ROUND_HALF_UP) -> tuple[Decimal, int]:
    if value == 0:
        return value, 0
    places = max(0, digits - 1 - value.adjusted())
    return value.quantize(_ONE.scaleb(-places), rounding=mode, context=_WIDE), places


def _published(r: random.Random, value: Decimal, kind: FigureKind, decimals: int) -> Reported:
    mode = r.choice(["ROUND_HALF_UP", "ROUND_HALF_EVEN"])
    return Reported.from_value(value, decimals, kind=kind, rounding=mode)


def _ranged(r: random.Random, value: Decimal, kind: FigureKind) -> tuple[Reported, str]:
    """A range that holds: about the value (2-3 significant digits), at least a value
    rounded down, at most one rounded up."""
    bound = r.choice(["about", "at least", "at most"])
    digits = r.randint(1, 3)
    if bound == "about":
        shown, places = _significant(value, max(2, digits))
    elif bound == "at least":
        shown, places = _significant(value, digits, ROUND_FLOOR)
    else:
        shown, places = _significant(value, digits, ROUND_CEILING)
    return Reported.from_value(shown, places, kind=kind), bound


def _truth(r: random.Random) -> tuple[dict[str, tuple[Decimal, str]], list[Decimal]]:
    xp, mp = _amount(r), _amount(r)
    x = _X.multiply(xp, Decimal(r.randint(300, 30000)).scaleb(-4)) if r.random() < 0.9 else xp
    m = _X.multiply(mp, Decimal(r.randint(300, 30000)).scaleb(-4)) if r.random() < 0.9 else mp
    t, tp = x + m, xp + mp
    truth: dict[str, tuple[Decimal, str]] = {
        "turnover": (t, "amount"),
        "exports": (x, "amount"),
        "imports": (m, "amount"),
        "balance": (x - m, "signed"),
        "turnover_previous": (tp, "amount"),
        "exports_previous": (xp, "amount"),
        "imports_previous": (mp, "amount"),
        "balance_previous": (xp - mp, "signed"),
        "balance_change": ((x - m) - (xp - mp), "signed"),
        "exports_share": (_X.divide(x, t), "share"),
        "imports_share": (_X.divide(m, t), "share"),
    }
    for flow, now, before in (("turnover", t, tp), ("exports", x, xp), ("imports", m, mp)):
        ratio = _X.divide(now, before)
        truth[f"{flow}_growth"] = (ratio, "ratio")
        truth[f"{flow}_index"] = (ratio, "index")
        truth[f"{flow}_change"] = (now - before, "signed")
        if now < before:
            truth[f"{flow}_fall"] = (_X.divide(before, now), "multiple")
        truth[f"{flow}_volume_growth"] = (Decimal(r.randint(-500, 900)).scaleb(-1), "percent")
    if x > m:
        truth["exports_exceed_imports_by"] = (_X.divide(x, m), "ratio")
    if m > x:
        truth["imports_exceed_exports_by"] = (_X.divide(m, x), "ratio")
    # Partners: shares of exports and of imports drawn, of turnover derived.
    partners = r.randint(0, 4)
    complete = r.random() < 0.3
    per: dict[str, list[Decimal]] = {}
    for flow in ("exports", "imports"):
        room, parts = 1000, []
        for _ in range(partners):
            part = r.randint(1, max(1, room // 2))
            room -= part
            parts.append(Decimal(part).scaleb(-3))
        if complete and parts:
            parts[-1] += Decimal(room).scaleb(-3)
        per[flow] = parts
    per["turnover"] = [
        _X.divide(x * a + m * b, t) for a, b in zip(per["exports"], per["imports"], strict=True)
    ]
    totals = {"turnover": t, "exports": x, "imports": m}
    for flow, parts in per.items():
        prefix = "" if flow == "turnover" else f"{flow}:"
        for n, fraction in enumerate(parts):
            truth[f"share:{prefix}P{n}"] = (fraction, "share")
            truth[f"partner:{prefix}P{n}"] = (totals[flow] * fraction, "amount")
    if partners:
        extra = 0 if complete else r.randint(1, 100)
        truth["partner_count"] = (Decimal(partners + extra), "count")
    for flow in ("exports", "imports"):
        cis = Decimal(r.randint(0, 1000)).scaleb(-3)
        for group, fraction in (("CIS", cis), ("far abroad", _ONE - cis)):
            truth[f"group_share:{flow}:{group}"] = (fraction, "share")
            truth[f"group_value:{flow}:{group}"] = (totals[flow] * fraction, "amount")
        room = 1000
        for goods in ("machinery", "fuel", "food"):
            part = r.randint(0, room)
            room -= part
            truth[f"goods_share:{flow}:{goods}"] = (Decimal(part).scaleb(-3), "share")
    members: list[Decimal] = []
    for _ in range(r.randint(0, 4)):
        if r.random() < 0.5:
            value = x * Decimal(r.randint(5, 20)).scaleb(-1)
        else:  # a near tie with the reporter
            value = x + Decimal(r.randint(-10, 10)).scaleb(-r.randint(1, 4))
        if value > 0:
            members.append(value)
    if members or r.random() < 0.3:
        truth["rank:exports"] = (Decimal(1 + sum(1 for v in members if v > x)), "count")
        for n, value in enumerate(members):
            truth[f"rank:exports:M{n}"] = (value, "amount")
    return truth, members


def _statement(r: random.Random, name: str, value: Decimal, kind: str) -> Statement:
    if kind == "signed":
        return name, _published(r, value, FigureKind.NUMBER, r.randint(0, 3))
    if kind == "amount":
        if r.random() < 0.15:
            return (name, *_ranged(r, value, FigureKind.NUMBER))
        return name, _published(r, value, FigureKind.NUMBER, r.randint(0, 3))
    if kind == "count":
        return name, Reported.from_value(value, 0)
    if kind == "index":
        return name, _published(r, value * _H, FigureKind.INDEX, r.randint(0, 2))
    if kind == "multiple":
        return name, _published(r, value, FigureKind.MULTIPLE, r.randint(1, 2))
    if kind == "percent":
        return name, _published(r, value, FigureKind.PERCENT, 1)
    if kind == "share":
        if r.random() < 0.15:
            return (name, *_ranged(r, value * _H, FigureKind.PERCENT))
        return name, _published(r, value * _H, FigureKind.PERCENT, r.randint(0, 2))
    # a ratio: growth or excess
    choice = r.random()
    if choice < 0.5:
        return name, _published(r, (value - 1) * _H, FigureKind.PERCENT, r.randint(0, 2))
    if choice < 0.65:
        return name, _published(r, value * _H, FigureKind.INDEX, r.randint(0, 2))
    if choice < 0.8 and value >= Decimal("1.05"):
        return name, _published(r, value, FigureKind.MULTIPLE, r.randint(1, 2))
    if choice < 0.9 and value >= Decimal("1.05"):  # "more than 2 times"
        return (name, *_ranged(r, value, FigureKind.MULTIPLE))
    change = (value - 1) * _H
    for percent, places in _FRACTIONS:  # "by a third": about 33.3%
        if abs(abs(change) - percent) <= max(percent / 10, _ONE.scaleb(-places)):
            signed = percent if change > 0 else -percent
            return name, Reported.from_value(signed, places, kind=FigureKind.PERCENT), "about"
    return (name, *_ranged(r, change, FigureKind.PERCENT))


def consistent_statements(r: random.Random) -> tuple[list[Statement], dict[str, Any]]:
    """The statements of a consistent report and the keyword arguments of
    :meth:`TradeReport.from_statements`."""
    truth, members = _truth(r)
    names = sorted(truth)
    chosen = r.sample(names, r.randint(2, min(len(names), 14)))
    statements: list[Statement] = []
    weights: dict[str, Decimal] = {}
    for name in chosen:
        value, kind = truth[name]
        for _ in range(1 if r.random() < 0.8 else 2):  # some figures stated twice
            statements.append(_statement(r, name, value, kind))
        if r.random() < 0.3:
            weights[name] = Decimal(r.randint(1, 30)).scaleb(-1)
    listed = all(f"rank:exports:M{n}" in chosen for n in range(len(members)))
    complete = ["exports"] if members and listed and r.random() < 0.5 else []
    options: dict[str, Any] = {
        "complete_ranks": complete,
        "scale": r.choice(["unit", "thousand", "million", "billion"]),
        "weights": weights,
        "currency": r.choice(["USD", "RUB"]),
    }
    return statements, options


def with_typos(r: random.Random, statements: list[Statement], count: int) -> list[Statement]:
    """*statements* with up to *count* of them replaced by one-keystroke typos."""
    out = list(statements)
    for index in r.sample(range(len(out)), min(len(out), count)):
        name, reported, *rest = out[index]
        variants = reported.typo_variants()
        if variants:
            typo = reported.corrected(r.choice(variants))
            out[index] = (name, typo, rest[0]) if rest else (name, typo)
    return out
