"""What an audit returns: findings, suspect sets, diagnoses and suggested values.

>>> from decimal import Decimal
>>> finding = Finding("turnover", Severity.ERROR, ("turnover", "exports", "imports"), "turnover 10 does not equal 7 + 4 = 11")
>>> result = AuditResult(findings=(finding,), explanations=())
>>> result.ok, result.suspects, result.suggestions
(False, [], {})
>>> print(result)
Audit: 1 error
  [error] turnover: turnover 10 does not equal 7 + 4 = 11
  No set of figures explains the errors.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from regionrel._validators import as_tuple, checked_by_annotation, instance_of
from regionrel.audit.intervals import Interval
from regionrel.display import NotebookDisplay
from regionrel.errors import WrongTypeError
from regionrel.tables import Tabular

__all__ = ["AuditResult", "Cause", "Diagnosis", "Explanation", "Finding", "Severity"]


class Severity(enum.Enum):
    """How serious a finding is.

    ``ERROR``: the figures cannot all be true as published. ``WARNING``: legal but
    suspicious. ``INFO``: a note on what the audit could or could not check.
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Cause(enum.Enum):
    """The kind of slip that turns a true figure into the published one."""

    #: One keystroke: a digit changed, two adjacent digits swapped, a digit dropped or doubled.
    TYPO = "typing error"
    #: The sign was lost or added.
    SIGN = "sign error"
    #: Thousands written for millions or the reverse (a factor of 1,000).
    SCALE = "scale error"
    #: Off by one unit of the last digit: the value was cut instead of rounded.
    ROUNDING = "rounding slip"
    #: An index (the level against the other value, "55%") published as a change
    #: ("+55%"): the true change is 100 less ("-45%").
    INDEX_AS_GROWTH = "index published as a growth"
    #: A change ("+4.9%") published as an index ("4.9%" read as the level): the true
    #: index is 100 more ("104.9%").
    GROWTH_AS_INDEX = "growth published as an index"
    #: The rules say the figure is wrong, but no simple slip reaches a value that fits.
    UNEXPLAINED = "unexplained"


def _strings(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        raise WrongTypeError(
            "must be a sequence of figure names (str)",
            cls=type(instance).__name__,
            field=attribute.name,
            value=value,
        )


def _spans(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    def span(item: object) -> bool:
        return item is None or (
            isinstance(item, tuple)
            and len(item) == 2
            and all(isinstance(i, int) and not isinstance(i, bool) for i in item)
        )

    if not isinstance(value, tuple) or not all(span(v) for v in value):
        raise WrongTypeError(
            "must be a sequence of (start, end) spans or None",
            cls=type(instance).__name__,
            field=attribute.name,
            value=value,
        )


@attrs.frozen
class Finding:
    """One rule that the published figures break (or a note on the audit).

    >>> Finding("balance", Severity.ERROR, ("balance",), "balance 1 does not equal 2").severity.value
    'error'
    """

    #: The rule's key ("turnover", "turnover_growth", "exports_exceed_imports_by", ...).
    rule: str = attrs.field(validator=instance_of(str))
    #: How serious it is.
    severity: Severity = attrs.field(validator=instance_of(Severity))
    #: The published figures the rule involves.
    figures: tuple[str, ...] = attrs.field(converter=as_tuple, validator=_strings)
    #: What is wrong, citing the figures and the values the rule implies.
    message: str = attrs.field(validator=instance_of(str))
    #: Where each of ``figures`` was read in a text, ``(start, end)``, or ``None`` when
    #: unknown; empty when no figure's place is known.
    spans: tuple[tuple[int, int] | None, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_spans
    )

    def __attrs_post_init__(self) -> None:
        if not any(self.spans):
            object.__setattr__(self, "spans", ())

    def __str__(self) -> str:
        return f"[{self.severity.value}] {self.rule}: {self.message}"


@attrs.frozen(field_transformer=checked_by_annotation)
class Diagnosis:
    """A slip that explains one figure: what was published and what it should read.

    >>> d = Diagnosis("turnover", Cause.TYPO, "10,224.9", "11,224.9", Decimal("11224.9"), "one digit changed: '0' -> '1' at character 2")
    >>> str(d)
    "turnover: typing error, '10,224.9' should read '11,224.9' (one digit changed: '0' -> '1' at character 2)"
    """

    #: The figure's name.
    figure: str
    #: The kind of slip.
    cause: Cause
    #: The text as published.
    published: str
    #: The text it should read.
    corrected: str
    #: The corrected value, in the figure's own units (the report's scale, or percent).
    value: Decimal
    #: The slip in words ("two adjacent digits swapped: '12' -> '21' at character 3").
    detail: str

    def __str__(self) -> str:
        return f"{self.figure}: {self.cause.value}, {self.published!r} should read {self.corrected!r} ({self.detail})"


@attrs.frozen(field_transformer=checked_by_annotation)
class Explanation:
    """One minimal set of suspect figures: freeing them lets every rule hold.

    Attributes are in the figures' own units (the report's scale for amounts,
    percent for rates, shares and indices).
    """

    #: The figures that would have to change.
    suspects: frozenset[str]
    #: For each suspect, the values that would let every rule hold (with the others as published).
    needed: tuple[tuple[str, Interval], ...]
    #: For each suspect, the suggested value.
    suggestions: tuple[tuple[str, Decimal], ...]
    #: Every slip that fits, best first (several for one figure when the evidence cannot decide).
    diagnoses: tuple[Diagnosis, ...]
    #: Whether more than one correction fits equally well.
    ambiguous: bool
    #: The explanation in words, citing the evidence.
    message: str

    @property
    def explained(self) -> bool:
        """Whether every suspect figure is explained by a simple slip."""
        named = {d.figure for d in self.diagnoses if d.cause is not Cause.UNEXPLAINED}
        return named >= self.suspects


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@attrs.frozen(field_transformer=checked_by_annotation)
class AuditResult(NotebookDisplay, Tabular):
    """The outcome of :meth:`TradeReport.audit`.

    ``explanations`` lists the minimal suspect sets best first: sets whose
    every figure one simple slip explains (typing, sign, scale, rounding) come
    before the others, then sets of less reliable figures.
    """

    #: Every rule broken, and notes, in the order the rules are listed.
    findings: tuple[Finding, ...]
    #: The minimal suspect sets with their diagnoses, best first.
    explanations: tuple[Explanation, ...]

    @property
    def ok(self) -> bool:
        """Whether no rule is broken."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``ERROR``."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def suspects(self) -> list[frozenset[str]]:
        """The minimal sets of figures whose change makes every rule hold, best first."""
        return [e.suspects for e in self.explanations]

    @property
    def best(self) -> Explanation | None:
        """The best explanation, or ``None`` when the report is consistent or nothing explains it."""
        return self.explanations[0] if self.explanations else None

    @property
    def suggestions(self) -> Mapping[str, Decimal]:
        """For the best suspect set, each figure's suggested value (report's scale, or percent)."""
        return dict(self.best.suggestions) if self.best else {}

    @property
    def diagnoses(self) -> tuple[Diagnosis, ...]:
        """The slips that explain the best suspect set (all that fit)."""
        return self.best.diagnoses if self.best else ()

    @property
    def ambiguous(self) -> bool:
        """Whether the evidence cannot decide: several corrections or suspect sets fit equally."""
        if not self.explanations:
            return False
        if self.explanations[0].ambiguous:
            return True
        return (
            len(self.explanations) > 1
            and self.explanations[1].explained == self.explanations[0].explained
        )

    def _lines(self) -> list[str]:
        errors = len(self.errors)
        head = "Audit: every rule holds" if self.ok else f"Audit: {_plural(errors, 'error')}"
        lines = [head]
        lines.extend(f"  {f}" for f in self.findings)
        if self.ok:
            return lines
        if not self.explanations:
            lines.append("  No set of figures explains the errors.")
            return lines
        if self.ambiguous:
            lines.append("  The evidence cannot decide between these explanations:")
        for n, e in enumerate(self.explanations, 1):
            names = ", ".join(sorted(e.suspects))
            lines.append(f"  Suspects #{n}: {{{names}}}: {e.message}")
        return lines

    _columns = ("severity", "rule", "figures", "message")

    def to_records(self) -> list[dict[str, object]]:
        """One row per finding: ``severity``, ``rule``, ``figures`` (comma-separated), ``message``.

        >>> AuditResult((Finding("balance", Severity.ERROR, ("balance", "exports"), "wrong"),), ()).to_records()
        [{'severity': 'error', 'rule': 'balance', 'figures': 'balance, exports', 'message': 'wrong'}]
        """
        return [
            {
                "severity": f.severity.value,
                "rule": f.rule,
                "figures": ", ".join(f.figures),
                "message": f.message,
            }
            for f in self.findings
        ]

    def __str__(self) -> str:
        return "\n".join(self._lines())

    def _repr_html_(self) -> str:
        """The result as an HTML fragment for notebooks (same content as ``str``)."""
        status = "ok" if self.ok else "errors"
        rows = "".join(
            f"<tr><td>{html.escape(f.severity.value)}</td><td>{html.escape(f.rule)}</td>"
            f"<td>{html.escape(f.message)}</td></tr>"
            for f in self.findings
        )
        parts = [
            f'<div class="regionrel-audit {status}">',
            f"<p><b>{html.escape(self._lines()[0])}</b></p>",
        ]
        if rows:
            parts.append(
                f"<table><tr><th>severity</th><th>rule</th><th>message</th></tr>{rows}</table>"
            )
        if self.explanations:
            items = "".join(
                f"<li><b>{html.escape(', '.join(sorted(e.suspects)))}</b>: {html.escape(e.message)}</li>"
                for e in self.explanations
            )
            parts.append(f"<ol>{items}</ol>")
        parts.append("</div>")
        return "".join(parts)
