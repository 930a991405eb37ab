"""How well does the reader read real releases? The corpus of tests/corpus, measured.

Runs :meth:`regionrel.TradeReport.from_text` and :func:`regionrel.extract` over every
paragraph of the corpus (``tests/corpus``) and prints, per split (dev, test) and
language:

- recall: the share of the expected figures (the reporter's own figures for the main
  period, as an analyst reads them by hand) that the report holds with the right
  name and value (the same quantity: "104.9%" as an index and "+4.9%" as a growth
  are the same figure; amounts are compared in units and currency);
- precision: the share of the report's own figures (names the audit knows as
  keywords, and the corpus names of ``CORPUS_NAMES``; every statement of a figure,
  "exports#2" as much as "exports") that are right;
- refused: paragraphs where ``from_text`` raised, by exception type;
- false alarms: paragraphs without any error as published (in the reporter's figures
  or in its items: a partner group's value the report now holds may be the wrong one)
  whose report the audit flags;
- real errors found: paragraphs with an error the audit can state (see
  ``Error.audit``) whose report is flagged with the wrong figure in the first
  suspect set;
- extract: paragraphs where ``extract`` raised, by type, and how many statements it
  attributed (money figures, changes, shares, ranks, counts) against the figures and
  typed items an analyst reads.

Run: ``.venv/bin/python benchmarks/bench_reader_corpus.py`` (or ``make bench``).
`tests/test_text_corpus.py` holds thresholds on the same counts.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _harness import Row
from tests.corpus.model import AUDIT_NAMES, CORPUS_NAMES, Paragraph
from tests.corpus.paragraphs import PARAGRAPHS

from regionrel import FigureKind, Reported, TradeReport, extract

_SCALES = {
    "unit": Decimal(1),
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
_AMOUNTS = frozenset(
    {
        "turnover",
        "exports",
        "imports",
        "balance",
        "turnover_previous",
        "exports_previous",
        "imports_previous",
        "balance_previous",
        "turnover_change",
        "exports_change",
        "imports_change",
        "balance_change",
    }
)

#: A figure as a quantity: what it pins, and the interval it stands for.
Key = tuple[str, str, Decimal, Decimal]


def quantity(name: str, figure: Reported, scale: str, currency: str) -> Key:
    """The quantity a named figure pins, comparable across names, kinds and scales.

    An amount is (its name, its currency, its interval in units); a growth, an index or
    a multiple of a flow is ("ratio:<flow>", "", the interval of current / previous); a
    fall "in 2.2 times" is the ratio's reciprocal; shares, excesses and counts keep
    their name.
    """
    if name in _AMOUNTS:
        lo, hi = figure.interval
        factor = _SCALES[scale]
        return (name, currency, lo * factor, hi * factor)
    for suffix in ("_growth", "_index"):
        if name.endswith(suffix):
            if suffix == "_index" and figure.kind is FigureKind.PERCENT:
                figure = Reported(figure.value, figure.decimals, FigureKind.INDEX, figure.locale)
            lo, hi = figure.as_ratio()
            return ("ratio:" + name[: -len(suffix)], "", lo, hi)
    if name.endswith("_fall"):
        lo, hi = figure.as_ratio()
        return ("ratio:" + name[: -len("_fall")], "", 1 / hi, 1 / lo)
    if name.endswith(("_exceed_imports_by", "_exceed_exports_by")):
        lo, hi = figure.as_ratio()
        return (name, "", lo, hi)
    lo, hi = figure.interval
    return (name, "", lo, hi)


def expected_keys(paragraph: Paragraph) -> set[Key]:
    """The distinct quantities of the paragraph's expected figures."""
    keys: set[Key] = set()
    for fig in paragraph.figures:
        reported = Reported.parse(fig.value)
        keys.add(quantity(fig.name, reported, paragraph.scale, paragraph.currency))
    return keys


def _loose(key: Key) -> tuple[str, str]:
    return key[0], key[1]


@dataclass
class Tally:
    """Counts over one group of paragraphs."""

    paragraphs: int = 0
    expected: int = 0
    found: int = 0
    read: int = 0
    right: int = 0
    other_reads: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    audit_raised: Counter[str] = field(default_factory=Counter)
    consistent: int = 0
    false_alarms: int = 0
    errors: int = 0
    errors_found: int = 0
    extract_raised: Counter[str] = field(default_factory=Counter)
    statements_expected: int = 0
    statements_extracted: int = 0

    def add(self, other: Tally) -> None:
        """Add *other*'s counts to these."""
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, Counter):
                mine.update(value)
            else:
                setattr(self, name, mine + value)


def _approximately(key: Key, expected: set[Key], qualified: set[tuple[str, str]]) -> bool:
    # A bound ("over 75%", "about 490") has no rounding interval: any value read for it
    # with the same name counts, when it lies at the bound's own value.
    if key in expected:
        return True
    return _loose(key) in qualified and any(
        _loose(e) == _loose(key) and e[2] <= key[3] and key[2] <= e[3] for e in expected
    )


def measure(paragraph: Paragraph) -> Tally:
    """Read one paragraph both ways and count what came out right."""
    tally = Tally(paragraphs=1)
    expected = expected_keys(paragraph)
    qualified = {
        _loose(quantity(f.name, Reported.parse(f.value), paragraph.scale, paragraph.currency))
        for f in paragraph.figures
        if f.qualifier
    }
    tally.expected = len(expected)
    tally.statements_expected = len(paragraph.figures) + len(paragraph.items)
    has_error = bool(paragraph.errors)
    auditable = [e for e in paragraph.reporter_errors if e.audit]
    tally.consistent = int(not has_error)
    tally.errors = int(bool(auditable))
    try:
        found = extract(paragraph.text, locale=paragraph.language)
    except Exception as exc:
        tally.extract_raised[type(exc).__name__] += 1
    else:
        tally.statements_extracted = (
            len(found.figures)
            + len(found.changes)
            + len(found.exceeds)
            + len(found.shares)
            + len(found.ranks)
            + len(found.partner_counts)
        )
    try:
        report = TradeReport.from_text(paragraph.text, locale=paragraph.language)
    except Exception as exc:
        tally.refused[type(exc).__name__] += 1
        return tally
    matched: set[Key] = set()
    for statement_name, figure in report.figures:
        # "exports#2" is a second statement of "exports"; the audit now holds the corpus
        # names (flows' shares, falls, absolute changes) beside its keywords.
        name = statement_name.split("#")[0]
        if name not in AUDIT_NAMES | CORPUS_NAMES:
            tally.other_reads += 1
            continue
        tally.read += 1
        try:
            key = quantity(name, figure, report.scale, report.currency)
        except Exception:
            continue
        if _approximately(key, expected, qualified):
            tally.right += 1
            matched.update(
                e
                for e in expected
                if e == key or (_loose(e) == _loose(key) and e[2] <= key[3] and key[2] <= e[3])
            )
    tally.found = len(matched)
    try:
        result = report.audit()
    except Exception as exc:
        tally.audit_raised[type(exc).__name__] += 1
        return tally
    if not has_error and not result.ok:
        tally.false_alarms = 1
    if auditable and not result.ok and result.suspects:
        first = result.suspects[0]
        names = {n for e in auditable for n in (e.figure, *e.alternatives)}
        # a statement of the figure ("turnover#2") names it as much as the figure does
        tally.errors_found = int(bool({n.split("#")[0] for n in first} & names))
    return tally


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _counter(counts: Counter[str]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.most_common()) or "-"


def table(paragraphs: Iterable[Paragraph]) -> dict[tuple[str, str], Tally]:
    """Tallies by (split, language), with "all" for each margin."""
    groups: dict[tuple[str, str], Tally] = {}
    for paragraph in paragraphs:
        tally = measure(paragraph)
        for split in (paragraph.split, "all"):
            for language in (paragraph.language, "all"):
                groups.setdefault((split, language), Tally()).add(tally)
    return groups


def report(groups: dict[tuple[str, str], Tally]) -> None:
    """Print the tallies, one line per group."""
    print(
        f"  {'split':<5} {'lang':<4} {'paras':>5} {'recall':>16} {'precision':>16} "
        f"{'false alarms':>14} {'errors found':>13}  refused by from_text"
    )
    for split in ("dev", "test", "all"):
        for language in ("ru", "en", "all"):
            t = groups.get((split, language))
            if t is None:
                continue
            print(
                f"  {split:<5} {language:<4} {t.paragraphs:>5} "
                f"{t.found:>4}/{t.expected:<4} {_percent(t.found, t.expected)} "
                f"{t.right:>4}/{t.read:<4} {_percent(t.right, t.read)} "
                f"{t.false_alarms:>5} of {t.consistent:<5} "
                f"{t.errors_found:>4} of {t.errors:<4}  {_counter(t.refused)}"
            )
    t = groups[("all", "all")]
    print(f"  report figures outside the reporter's keywords (partners, ranks): {t.other_reads}")
    print(f"  audit() raised: {_counter(t.audit_raised)}")
    print(
        f"  extract: raised {_counter(t.extract_raised)}; statements attributed "
        f"{t.statements_extracted} against {t.statements_expected} figures and typed items expected"
    )


#: The partner groups a report holds figures of (``group_share:``, ``group_value:``).
_REPORT_GROUPS = frozenset({"CIS", "far abroad", "EU"})
_GROUP_FLOWS = frozenset({"turnover", "exports", "imports"})


def _digits(text: str) -> str:
    """The digits of *text*, without the zeros a change of scale adds at either end."""
    return "".join(c for c in text if c.isdigit()).strip("0")


def group_counts(paragraphs: Iterable[Paragraph]) -> Counter[str]:
    """Partner groups' figures: how many the corpus records for the reporter's main period
    (``expected``: items of the CIS, the far abroad or the EU, a value or a share of a flow),
    how many the reports hold (``read``), and of those how many match such an item by
    group, measure, flow and published digits (``right``); ``found`` counts the items read.

    The items carry their words, not their values: a figure is right when its digits (its
    scale's zeros aside) are among the digits of an item's words of the same group,
    measure and flow.
    """
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        items = [
            i
            for i in paragraph.items
            if i.entity.startswith("group:")
            and i.entity[len("group:") :] in _REPORT_GROUPS
            and i.measure in ("value", "share")
            and i.flow in _GROUP_FLOWS
            and not i.period
        ]
        counts["expected"] += len(items)
        found = TradeReport.from_text(paragraph.text, locale=paragraph.language)
        matched: set[int] = set()
        for key, figure in found.statements:
            if key.subject is None or not str(key).startswith("group_"):
                continue
            counts["read"] += 1
            measure = "share" if str(key).startswith("group_share") else "value"
            hits = [
                n
                for n, i in enumerate(items)
                if i.entity == f"group:{key.subject}"
                and i.measure == measure
                and i.flow == key.flow.value
                and _digits(figure.text) in _digits(i.text)
            ]
            counts["right"] += bool(hits)
            matched.update(hits)
        counts["found"] += len(matched)
    return counts


def run() -> list[Row]:
    """Print the corpus figures; return the time to read the whole corpus once."""
    start = time.perf_counter()
    groups = table(PARAGRAPHS)
    seconds = time.perf_counter() - start
    report(groups)
    counted = group_counts(PARAGRAPHS)
    print(
        f"  partner groups (CIS, far abroad, EU; values and shares): found "
        f"{counted['found']}/{counted['expected']}, right {counted['right']}/{counted['read']}"
    )
    return [Row(f"read and audit {len(PARAGRAPHS)} corpus paragraphs", seconds)]


if __name__ == "__main__":
    from _harness import print_rows

    print_rows(run())
