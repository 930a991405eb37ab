"""Fuzz every public constructor and parser with hostile input.

The rule each call must keep (:func:`check_escape`):

* It returns, or raises a :class:`~regionrel.RegionrelError`, within the time
  budget. A bare :class:`TypeError` is an escape too (``hhi(5)`` must say which
  argument is wrong), except the one Python's operator protocol raises.
* Every RegionrelError names where and what: ``err.cls`` (the class or function)
  is set and the message starts with it; and either ``err.field`` is set and
  its ``repr`` is in the message, or the error is a ParseError, whose message
  quotes the text it was given (the parser's one text argument is its field),
  or a CurrencyMismatchError, whose message names both currencies.

The rule itself, the time budget and the settings live in tests/fuzzing.py,
the hostile inputs in tests/strategies/hostile.py; test_fuzz_api.py fuzzes
every public callable and the operators, test_fuzz_audit.py the audit of
reports with typos. ``make fuzz`` runs them all, at least 200,000 generated
inputs in total (``test_fuzz_budget`` checks it).
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regionrel
from regionrel import (
    ActionPlan,
    Agreement,
    AgreementEvent,
    Deadline,
    EntryIntoForce,
    Event,
    ExchangeRate,
    ExchangeRates,
    Executor,
    GoverningBody,
    Measure,
    Money,
    PartnerStructure,
    Period,
    PeriodText,
    PhysicalFlow,
    RankClaim,
    Region,
    RegionRelations,
    Renewal,
    Reported,
    Scale,
    Term,
    TradeBalance,
    TradeChange,
    TradeReport,
    TradeSeries,
    gazetteer,
)
from regionrel.profile import same_partner
from regionrel.relations import (
    agreements_without_plan,
    parties_of,
    plans_by_agreement,
    read_partners,
    region_of,
)
from regionrel.relations.wording import read_durations
from tests._context import ROUNDINGS
from tests.fuzzing import (
    FUZZ_EXAMPLES,
    FUZZING,
    QUICK_EXAMPLES,
    Hang,
    check_error,
    check_escape,
    fuzz_settings,
    time_budget,
)
from tests.strategies.hostile import (
    anything,
    currency_like,
    edge_dates,
    numbers,
    others,
    texts,
    years,
)


def _is(value: object, *types: type) -> bool:
    return isinstance(value, types) and not isinstance(value, bool)


# -- parsers of one text ------------------------------------------------------------------

TEXT_PARSERS: dict[str, Callable[[Any], object]] = {
    "parse_money en": lambda s: regionrel.parse_money(s),
    "parse_money ru": lambda s: regionrel.parse_money(s, locale="ru"),
    "Money.parse": lambda s: Money.parse(s, locale="ru"),
    "parse_number": lambda s: regionrel.parse_number(s),
    "parse_date": lambda s: regionrel.parse_date(s),
    "parse_date month-first": lambda s: regionrel.parse_date(s, dayfirst=False),
    "parse_period": lambda s: regionrel.parse_period(s),
    "Period.parse strict": lambda s: Period.parse(s, repair=False),
    "Period.coerce": lambda s: Period.coerce(s),
    "PeriodText.parse": lambda s: PeriodText.parse(s),
    "Reported.parse en": lambda s: Reported.parse(s),
    "Reported.parse ru": lambda s: Reported.parse(s, locale="ru"),
    "Reported.coerce": lambda s: Reported.coerce(s),
    "Scale.parse en": lambda s: Scale.parse(s),
    "Scale.parse ru": lambda s: Scale.parse(s, locale="ru"),
    "gazetteer.get": lambda s: gazetteer.get(s),
    "gazetteer.find": lambda s: gazetteer.find(s),
    "gazetteer.search": lambda s: gazetteer.search(s),
    "gazetteer.resolve": lambda s: gazetteer.resolve(s),
    "gazetteer.group": lambda s: gazetteer.group(s),
    "gazetteer.parties_in": lambda s: gazetteer.parties_in(s),
    "gazetteer.governing_body": lambda s: gazetteer.governing_body(s),
    "GoverningBody.parse": lambda s: GoverningBody.parse(s),
    "Deadline.parse": lambda s: Deadline.parse(s),
    "Deadline.on": lambda s: Deadline.on(s),
    "Renewal.parse": lambda s: Renewal.parse(s),
    "Term.parse": lambda s: Term.parse(s),
    "Event.from_title": lambda s: Event.from_title(s, when=2018),
    "Event.from_title when": lambda s: Event.from_title("The Ninth Forum", when=s),
    "Agreement.between": lambda s: Agreement.between(
        s, "Government of the Leningrad Region", "Government of the Kursk Region"
    ),
    "Agreement.between parties": lambda s: Agreement.between(
        "Agreement", s, s + " Region" if isinstance(s, str) else s
    ),
    "Agreement.between dates": lambda s: Agreement.between(
        "Agreement",
        "Government of the Leningrad Region",
        "Council of Ministers of the Republic of Crimea",
        signed_on=s,
        term=s,
    ),
    "extract en": lambda s: regionrel.extract(s),
    "extract ru": lambda s: regionrel.extract(s, locale="ru"),
    "TradeReport.from_text en": lambda s: TradeReport.from_text(s),
    "TradeReport.from_text ru": lambda s: TradeReport.from_text(s, locale="ru"),
    "TradeReport text figures": lambda s: TradeReport(turnover=s, exports="7,109", imports=s),
    "RankClaim.parse_all": lambda s: RankClaim.parse_all(s, region=gazetteer.get("RU-LEN")),
    "find_typos": lambda s: regionrel.find_typos(s, 1, 10**6),
    "ExchangeRates.from_series": lambda s: ExchangeRates.from_series("USD", "RUB", {2018: s}),
    "ExchangeRates.from_series keys": lambda s: ExchangeRates.from_series(
        "USD", "RUB", {str(type(s)): "62.7", "2019": "1"} if not isinstance(s, str) else {s: "1"}
    ),
    "Money currency": lambda s: Money("1", s),
    "Money amount": lambda s: Money(s, "USD"),
    "PartnerStructure.from_shares unit": lambda s: PartnerStructure.from_shares(
        {"CN": "15.6"}, unit=s
    ),
}


@pytest.mark.parametrize("name", sorted(TEXT_PARSERS))
@fuzz_settings
@given(value=st.one_of(texts, texts, texts, anything))
def test_text_parsers_raise_only_named_errors(name: str, value: object) -> None:
    check_escape(lambda: TEXT_PARSERS[name](value), label=name)


# -- constructors of numbers, dates and mixed values --------------------------------------

Builder = Callable[[st.DataObject], tuple[Callable[[], object], bool]]


def _money(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    amount = data.draw(st.one_of(numbers, texts, others))
    currency = data.draw(currency_like)
    typed = _is(amount, int, Decimal, str)
    return (lambda: Money(amount, currency)), typed


def _money_from_float(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    amount = data.draw(st.one_of(st.floats(), numbers, others))
    currency = data.draw(currency_like)
    return (lambda: Money.from_float(amount, currency)), _is(amount, float)


def _money_arithmetic(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    left = Money(data.draw(st.decimals(allow_nan=False, allow_infinity=False)), "USD")
    right: Any = data.draw(
        st.one_of(numbers, st.just(Money("2", "RUB")), st.just(Money("0", "USD")))
    )
    op = data.draw(st.sampled_from(["+", "-", "*", "/", "round"]))

    def call() -> object:
        if op == "+":
            return left + right
        if op == "-":
            return left - right
        if op == "*":
            return left * right
        if op == "/":
            return left / right
        return round(left, int(right) if _is(right, int) and abs(right) < 10**6 else 2)  # type: ignore[call-overload]

    return call, False  # operators may answer NotImplemented, hence TypeError


def _period_named(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    kind = data.draw(st.sampled_from(["year", "span", "half", "quarter", "month"]))
    year = data.draw(years)
    other = data.draw(st.one_of(st.integers(-3, 14), years))
    ctor = getattr(Period, kind)
    args = (year,) if kind == "year" else (year, other)
    return (lambda: ctor(*args)), all(_is(a, int) for a in args)


def _period_dates(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    start = data.draw(st.one_of(edge_dates, anything))
    end = data.draw(st.one_of(edge_dates, anything))
    if data.draw(st.booleans()):
        return (lambda: Period.day(start)), isinstance(start, datetime.date)
    typed = isinstance(start, datetime.date) and isinstance(end, datetime.date)
    return (lambda: Period(start, end)), typed


def _deadline(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    year = data.draw(years)
    quarter = data.draw(st.one_of(st.integers(-2, 6), years))
    day = data.draw(st.one_of(edge_dates, anything))
    which = data.draw(st.sampled_from(["on", "quarter", "year", "coerce"]))
    if which == "on":
        return (lambda: Deadline.on(day)), isinstance(day, datetime.date | str)
    if which == "quarter":
        return (lambda: Deadline.quarter(year, quarter)), _is(year, int) and _is(quarter, int)
    if which == "year":
        return (lambda: Deadline.year(year)), _is(year, int)
    return (lambda: Deadline.coerce(day)), True


def _renewal(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    a, b, c = (data.draw(st.one_of(st.integers(-5, 200), numbers)) for _ in range(3))
    return (lambda: Renewal(a, b, notice_months=c)), all(_is(x, int) for x in (a, b, c))


def _term(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    a, b = (data.draw(st.one_of(st.integers(-5, 200), numbers)) for _ in range(2))
    value: Any = data.draw(anything)
    if data.draw(st.booleans()):
        return (lambda: Term.span(years=a, months=b)), _is(a, int) and _is(b, int)
    return (lambda: Term.fixed(value)), _is(value, Period, str, int)


def _reported(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    value = data.draw(numbers)
    decimals = data.draw(st.one_of(st.integers(-3, 30), numbers))
    if data.draw(st.booleans()):
        typed = _is(value, Decimal, int) and _is(decimals, int)
        return (lambda: Reported.from_value(value, decimals)), typed
    return (lambda: Reported(value, decimals)), _is(value, Decimal) and _is(decimals, int)


def _format_number(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    value = data.draw(numbers)
    decimals = data.draw(st.one_of(st.none(), st.integers(-3, 30), numbers))
    locale = data.draw(st.sampled_from(["en", "ru", "de", ""]))
    typed = _is(value, Decimal, int) and (decimals is None or _is(decimals, int))
    return (lambda: regionrel.format_number(value, decimals=decimals, locale=locale)), typed


def _rates(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    base = data.draw(currency_like)
    quote = data.draw(currency_like)
    on = data.draw(st.one_of(edge_dates, years, texts, others))
    value = data.draw(st.one_of(numbers, texts, others))
    if data.draw(st.booleans()):
        return (
            lambda: ExchangeRate(base, quote, on, value)
        ), False  # on and value take many types

    def convert() -> object:
        table = ExchangeRates.from_table(
            [("USD", "RUB", 2018, "62.7078"), (base, quote, on, value)]
        )
        return table.convert(Money("2", "USD"), quote, on)

    return convert, False


def _balance(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    exports = data.draw(
        st.one_of(
            st.builds(
                Money,
                st.decimals(allow_nan=False, allow_infinity=False),
                st.sampled_from(["USD", "RUB"]),
            ),
            anything,
        )
    )
    imports = data.draw(
        st.one_of(
            st.builds(
                Money,
                st.decimals(allow_nan=False, allow_infinity=False),
                st.sampled_from(["USD", "RUB"]),
            ),
            anything,
        )
    )
    typed = isinstance(exports, Money) and isinstance(imports, Money)

    def call() -> object:
        balance = TradeBalance(exports, imports)
        return balance.balance, balance.turnover, balance.coverage

    return call, typed


def _partners(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    shares = data.draw(
        st.dictionaries(
            st.one_of(st.sampled_from(["CN", "NL", "FI", "the PRC", "Other"]), texts),
            st.one_of(numbers, texts, others),
            max_size=6,
        )
    )
    unit = data.draw(st.sampled_from(["percent", "fraction", "PERCENT", "permille"]))
    count = data.draw(st.one_of(st.none(), st.integers(-3, 300), numbers))
    return (lambda: PartnerStructure.from_shares(shares, unit=unit, partner_count=count)), False


def _report(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    names = [
        "turnover",
        "exports",
        "imports",
        "balance",
        "turnover_growth",
        "exports_growth",
        "partner_count",
    ]
    figures = {
        name: data.draw(st.one_of(texts, numbers, others))
        for name in data.draw(st.lists(st.sampled_from(names), unique=True, max_size=5))
    }
    typed = all(_is(v, str, int, Decimal, Reported) for v in figures.values())

    def call() -> object:
        return TradeReport(**figures).audit()

    return call, typed


def _indicators(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    vals = [data.draw(st.one_of(numbers, texts, others)) for _ in range(4)]
    fn = data.draw(
        st.sampled_from(
            ["hhi", "hhi_normalized", "grubel_lloyd", "balassa_rca", "trade_intensity"]
        )
    )

    def call() -> object:
        if fn == "hhi":
            return regionrel.hhi(vals)
        if fn == "hhi_normalized":
            return regionrel.hhi_normalized(vals)
        if fn == "grubel_lloyd":
            return regionrel.grubel_lloyd(vals[0], vals[1])
        return getattr(regionrel, fn)(*vals)

    return call, False


def _find_typos(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    published = data.draw(
        st.one_of(texts, st.from_regex(r"[0-9]{1,6}([.,][0-9]{1,3})?", fullmatch=True))
    )
    low = data.draw(numbers)
    high = data.draw(numbers)
    typed = _is(low, int, Decimal) and _is(high, int, Decimal)
    return (lambda: regionrel.find_typos(published, low, high)), typed


_LO = GoverningBody.of(gazetteer.get("RU-LEN"), "Government")
_KU = GoverningBody.of(gazetteer.get("RU-KRS"), "Administration")
_AGREEMENT = Agreement("Agreement on cooperation", (_LO, _KU))
_AGREEMENT_EVENT = Event.from_title("The Ninth Russian-Abkhaz Business Forum", when=2018)


def _relations(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    junk = [data.draw(st.one_of(texts, anything)) for _ in range(4)]
    which = data.draw(
        st.sampled_from(
            [
                "Agreement",
                "Agreement areas",
                "Measure",
                "ActionPlan",
                "Executor",
                "Event",
                "Event.visit",
                "EntryIntoForce.on_date",
                "Term.coerce",
                "GoverningBody.of",
                "Region.of_country",
                "RegionRelations.of",
                "AgreementEvent",
            ]
        )
    )
    calls: dict[str, Callable[[], object]] = {
        "Agreement": lambda: Agreement(junk[0], (_LO, junk[1]), signed_on=junk[2]),
        "Agreement areas": lambda: Agreement("A", (_LO, _KU), areas=junk[0], term=junk[1]),
        "Measure": lambda: Measure(junk[0], junk[1], "Fair", (Executor("C", _LO),), junk[2]),
        "ActionPlan": lambda: ActionPlan(_AGREEMENT, junk[0], (), signed_on=junk[1]),
        "Executor": lambda: Executor(junk[0], junk[1]),
        "Event": lambda: Event(junk[0], junk[1], junk[2]),
        "Event.visit": lambda: Event.visit(junk[0], to=gazetteer.get("RU-LEN"), when=junk[1]),
        "EntryIntoForce.on_date": lambda: EntryIntoForce.on_date(junk[0]),
        "Term.coerce": lambda: Term.coerce(junk[0]),
        "GoverningBody.of": lambda: GoverningBody.of(gazetteer.get("RU-LEN"), junk[0]),
        "Region.of_country": lambda: Region.of_country(junk[0], alpha2=junk[1]),
        "RegionRelations.of": lambda: RegionRelations.of(gazetteer.get("RU-LEN"), junk[0]),
        "AgreementEvent": lambda: AgreementEvent(junk[0], junk[1]),
    }
    return calls[which], False  # these take enums, dates, bodies and text alike


def _trade_models(data: st.DataObject) -> tuple[Callable[[], object], bool]:
    junk = [data.draw(st.one_of(numbers, texts, others)) for _ in range(3)]
    which = data.draw(st.sampled_from(["PhysicalFlow.of", "TradeSeries", "rank", "TradeChange"]))
    year = TradeBalance(Money("2", "USD"), Money("1", "USD"), period=Period.year(2018))
    calls: dict[str, Callable[[], object]] = {
        "PhysicalFlow.of": lambda: PhysicalFlow.of(Money("1", "USD"), junk[0], junk[1]),
        "TradeSeries": lambda: TradeSeries([year, junk[0]]),
        "rank": lambda: regionrel.rank([year], by=junk[0], method=junk[1]),
        "TradeChange": lambda: TradeChange(previous=year, current=junk[0]),
    }
    return calls[which], False


BUILDERS: dict[str, Builder] = {
    "relations": _relations,
    "trade models": _trade_models,
    "Money": _money,
    "Money.from_float": _money_from_float,
    "Money arithmetic": _money_arithmetic,
    "Period named": _period_named,
    "Period dates": _period_dates,
    "Deadline": _deadline,
    "Renewal": _renewal,
    "Term": _term,
    "Reported": _reported,
    "format_number": _format_number,
    "ExchangeRates": _rates,
    "TradeBalance": _balance,
    "PartnerStructure.from_shares": _partners,
    "TradeReport": _report,
    "indicators": _indicators,
    "find_typos numbers": _find_typos,
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
@fuzz_settings
@given(data=st.data())
def test_constructors_raise_only_named_errors(name: str, data: st.DataObject) -> None:
    call, _ = BUILDERS[name](data)
    check_escape(call, label=name)


def test_fuzz_budget() -> None:
    """``make fuzz`` generates at least 200,000 inputs over all the targets of all the files."""
    from tests.test_fuzz_api import API_TARGETS
    from tests.test_fuzz_audit import AUDIT_TARGETS

    targets = len(TEXT_PARSERS) + len(BUILDERS) + len(API_TARGETS) + len(AUDIT_TARGETS)
    assert FUZZ_EXAMPLES * targets >= 200_000


def test_the_rule_bites(monkeypatch: pytest.MonkeyPatch) -> None:
    """check_error rejects an error without a field, and check_escape a stray exception."""
    monkeypatch.setattr("tests.fuzzing._LOG", None)
    with pytest.raises(AssertionError, match="no field"):
        check_error(regionrel.ValidationError("must be positive", cls="Money"))
    with pytest.raises(AssertionError, match="no cls"):
        check_error(regionrel.ValidationError("must be positive", field="amount"))
    with pytest.raises(ZeroDivisionError):
        check_escape(lambda: 1 / 0)
    with pytest.raises(TypeError):  # a bare TypeError is an escape
        check_escape(lambda: len(3))  # type: ignore[arg-type]
    five: Any = 5
    check_escape(lambda: Money("1", "USD") + five)
    with pytest.raises(Hang), time_budget(0.05):
        _spin()


def _spin() -> None:
    while True:
        pass


# -- the caller's decimal context changes nothing ---------------------------------------

#: A notebook's context: few digits, any rounding, a narrow exponent range, and either
#: every signal trapped, Python's default traps, or none at all.
TRAP_SETS: tuple[list[type[decimal.DecimalException]], ...] = (
    [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    [
        decimal.InvalidOperation,
        decimal.DivisionByZero,
        decimal.Overflow,
        decimal.Inexact,
        decimal.Rounded,
        decimal.Subnormal,
        decimal.Underflow,
        decimal.Clamped,
    ],
    [],
)
hostile_contexts = st.builds(
    lambda prec, rounding, exponent, traps: decimal.Context(
        prec=prec, rounding=rounding, Emin=-exponent, Emax=exponent, traps=traps
    ),
    st.integers(1, 8),
    st.sampled_from(ROUNDINGS),
    st.sampled_from([3, 999999]),
    st.sampled_from(TRAP_SETS),
)

context_settings = settings(
    fuzz_settings, max_examples=FUZZ_EXAMPLES // 4 if FUZZING else QUICK_EXAMPLES
)


def outcome(call: Callable[[], object]) -> tuple[str, ...]:
    """What a call gives: its result's repr, or the class and message of the error it raises.

    Any error, escapes included: whether one is allowed is the other targets' question.
    """
    try:
        with time_budget():
            return ("returned", repr(call()))
    except Hang:
        return ("Hang",)
    except Exception as err:  # escapes are the other targets' business
        return (type(err).__name__, str(err))


def _settings(context: decimal.Context) -> tuple[object, ...]:
    # Flags are left out: a refused text may raise InvalidOperation's flag, as
    # Decimal(text) does; the library never reads or resets them.
    traps = tuple(sorted(k.__name__ for k, on in context.traps.items() if on))
    return (context.prec, context.rounding, context.Emin, context.Emax, traps)


def check_same_in_context(call: Callable[[], object], context: decimal.Context) -> None:
    """*call* gives the same under *context* as under Python's default context."""
    with decimal.localcontext(context) as inside:
        before = _settings(inside)
        hostile = outcome(call)
        assert _settings(inside) == before, "the call changed the caller's decimal context"
    with decimal.localcontext(decimal.Context()):
        assert outcome(call) == hostile


@pytest.mark.parametrize("name", sorted(TEXT_PARSERS))
@context_settings
@given(value=st.one_of(texts, anything), context=hostile_contexts)
def test_text_parsers_ignore_the_decimal_context(
    name: str, value: object, context: decimal.Context
) -> None:
    check_same_in_context(lambda: TEXT_PARSERS[name](value), context)


@pytest.mark.parametrize("name", sorted(BUILDERS))
@context_settings
@given(data=st.data(), context=hostile_contexts)
def test_constructors_ignore_the_decimal_context(
    name: str, data: st.DataObject, context: decimal.Context
) -> None:
    call, _ = BUILDERS[name](data)
    check_same_in_context(call, context)


def test_the_context_rule_bites() -> None:
    """check_same_in_context rejects a call whose result depends on the caller's context."""
    few = decimal.Context(prec=2)
    with pytest.raises(AssertionError):
        check_same_in_context(lambda: Decimal(1) / 3, few)
    trapping = decimal.Context(traps=[decimal.Inexact])
    with pytest.raises(AssertionError):  # Inexact under the trap, a result without it
        check_same_in_context(lambda: Decimal(1) / 3, trapping)

    def meddle() -> None:
        decimal.getcontext().rounding = decimal.ROUND_UP

    with pytest.raises(AssertionError, match="changed the caller's decimal context"):
        check_same_in_context(meddle, decimal.Context())
    check_same_in_context(lambda: Decimal(1) + 1, few)


# -- the escapes the fuzzer found, kept as exact regressions -----------------------------

REGRESSIONS: list[tuple[Callable[[], object], type[Exception], str]] = [
    (  # a mathematical digit matched \d but not the number scanner: AssertionError
        lambda: regionrel.extract("𝟗" * 200, locale="ru").figures,
        AssertionError,
        "",
    ),
    (
        lambda: regionrel.hhi([10**400, 1]),
        regionrel.ValidationError,
        "hhi: 'shares' must be finite",
    ),
    (
        lambda: regionrel.grubel_lloyd(Decimal("sNaN"), 1),
        regionrel.ValidationError,
        "grubel_lloyd: 'exports' must be finite",
    ),
    (
        lambda: PartnerStructure.from_shares({"CN": 10**400}, unit="percent"),
        regionrel.ValidationError,
        "PartnerStructure: 'shares[CN]' must be a finite share that is not negative",
    ),
    (
        lambda: PartnerStructure.from_shares({"CN": "sNaN"}, unit="percent"),
        regionrel.ValidationError,
        "PartnerStructure: 'shares[CN]' is not a number (got 'sNaN')",
    ),
    (
        lambda: regionrel.find_typos(Decimal("1E+999999"), 1, 2),  # type: ignore[arg-type]
        regionrel.ValidationError,
        "Reported.coerce: 'value' must lie within 1E-1000 and 1E+1000 in size",
    ),
    (
        lambda: Measure("1", 0, "Fair", (Executor("C", _LO),), "2019"),
        regionrel.WrongTypeError,
        "SubjectArea: 'area' must be a SubjectArea or its name (got 0)",
    ),
    (
        lambda: Reported(Decimal(0), 2_000_055),
        regionrel.ValidationError,
        "Reported: 'decimals' must be at most 1000 (got 2000055)",
    ),
    (
        lambda: PhysicalFlow.of(Money("1", "USD"), Decimal("NaN"), "t"),
        regionrel.ValidationError,
        "PhysicalFlow: 'quantity' must be a positive scalar (got 'NaN metric_ton')",
    ),
    (  # a name split by a line break: sent.index of the space-joined words failed
        lambda: regionrel.extract("Leningrad Region\nLeningrad Region").regions,
        AssertionError,
        "",
    ),
    (
        lambda: Reported.parse("1" * 101).typo_variants(),
        regionrel.ValidationError,
        "Reported.typo_variants: 'published' must have at most 100 digits",
    ),
    # issue 18: wrong argument types reached AttributeError or TypeError deep inside
    (
        lambda: parties_of("ab"),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "parties_of: 'agreements' must be a sequence of Agreement, not a str",
    ),
    (
        lambda: plans_by_agreement([5]),  # type: ignore[list-item]
        regionrel.WrongTypeError,
        "plans_by_agreement: 'plans[0]' must be an ActionPlan",
    ),
    (
        lambda: agreements_without_plan(5, [], "01.01.2019"),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "agreements_without_plan: 'agreements' must be a sequence of Agreement",
    ),
    (
        lambda: region_of(""),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "region_of: 'participant' must be a Region or GoverningBody or Delegation",
    ),
    (
        lambda: read_partners("x", gazetteer="y"),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "read_partners: 'gazetteer' must be a Gazetteer",
    ),
    (
        lambda: Deadline.parse("annually").last_day(1.5),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "Deadline.last_day: 'within' must be a Period",
    ),
    (
        lambda: Deadline.parse("annually").due_dates("2018"),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "Deadline.due_dates: 'within' must be a Period",
    ),
    (
        lambda: same_partner(datetime.date(2000, 1, 1), Money("1", "USD")),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "same_partner: 'one' must be a Region",
    ),
    (
        lambda: Event.visit(5, to=gazetteer.get("RU-LEN"), when=2018),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "Event: 'delegations' must be a sequence",
    ),
    (
        lambda: Event.from_title("The Ninth Forum", when=2018, participants="ab"),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "Event: 'participants' must be a sequence of participants",
    ),
    (
        lambda: _AGREEMENT_EVENT.partners_of("-531%"),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "Event.partners_of: 'region' must be a Region",
    ),
    (
        lambda: ActionPlan(_AGREEMENT, "2018-2020").with_measures(5),  # type: ignore[arg-type]
        regionrel.WrongTypeError,
        "ActionPlan: 'measures[0]' must be a Measure",
    ),
    (  # accepted, then its repr raised ValueError (an int of 5,001 digits)
        lambda: Renewal(0, 10**5000, notice_months=0),
        regionrel.ValidationError,
        "Renewal: 'months' must be at most 119988",
    ),
    (
        lambda: Term.span(years=10**5000),
        regionrel.ValidationError,
        "Term: 'years' must be at most 9999",
    ),
    (  # a run of 30,000 digits: the term reader was quadratic (and int() refused it)
        lambda: Term.parse("１２３" * 10_000),
        regionrel.ParseError,
        "Term: is not a term",
    ),
]


def test_a_topic_given_as_a_string_is_one_topic() -> None:
    """Event.from_title and Event.visit read topics="trade" as one topic, not five letters."""
    lo = gazetteer.get("RU-LEN")
    assert Event.from_title("The Ninth Forum", when=2018, topics="trade").topics == ("trade",)
    visit = Event.visit(["Fergana Region"], to=lo, when=2018, topics="trade")
    assert visit.topics == ("trade",)
    assert Event.visit(["Fergana Region"], to=lo, when=2018, topics=iter(["a"])).topics == ("a",)


def test_durations_are_read_in_linear_time() -> None:
    """A long run of digits or letters is read within the time budget (it took minutes)."""
    for text in ("１２３" * 30_000, "пяти" * 30_000, "5" * 100_000):
        with time_budget(10):
            read_durations(text)


@pytest.mark.parametrize(("call", "error", "message"), REGRESSIONS)
def test_found_escapes_stay_fixed(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    if error is AssertionError:  # the fixed call now simply returns
        call()
        return
    with pytest.raises(error) as info:
        call()
    assert str(info.value).startswith(message)
