"""AuditResult and its parts, built by hand: status, best explanation, ambiguity, text, HTML, rows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit import (
    AuditResult,
    Cause,
    Diagnosis,
    Explanation,
    Finding,
    Interval,
    Severity,
)

ERROR = Finding("turnover", Severity.ERROR, ("turnover", "exports", "imports"), "sum <off> & co")
OTHER = Finding("balance", Severity.ERROR, ("balance",), "balance 1 does not equal 2")
NOTE = Finding("note", Severity.INFO, ("exports",), "checked 'only' exports")
WARN = Finding("odd", Severity.WARNING, ("imports",), "imports look odd")


def _diagnosis(figure: str, cause: Cause, value: str = "1") -> Diagnosis:
    return Diagnosis(figure, cause, "0", value, Decimal(value), f"{cause.value} detail")


def _explanation(
    suspects: set[str],
    *,
    causes: dict[str, Cause] | None = None,
    ambiguous: bool = False,
    message: str = "because",
    suggestions: tuple[tuple[str, Decimal], ...] = (),
) -> Explanation:
    diagnoses = tuple(_diagnosis(name, cause) for name, cause in (causes or {}).items())
    return Explanation(
        suspects=frozenset(suspects),
        needed=tuple((name, Interval.of(0, 1)) for name in sorted(suspects)),
        suggestions=suggestions,
        diagnoses=diagnoses,
        ambiguous=ambiguous,
        message=message,
    )


def test_enumeration_values_are_the_words_shown() -> None:
    assert [s.value for s in Severity] == ["info", "warning", "error"]
    assert [c.value for c in Cause] == [
        "typing error",
        "sign error",
        "scale error",
        "rounding slip",
        "index published as a growth",
        "growth published as an index",
        "unexplained",
    ]


def test_finding_and_diagnosis_text() -> None:
    assert str(NOTE) == "[info] note: checked 'only' exports"
    assert str(WARN) == "[warning] odd: imports look odd"
    diagnosis = Diagnosis("exports", Cause.SIGN, "-7,109", "7,109", Decimal(7109), "sign flipped")
    assert str(diagnosis) == "exports: sign error, '-7,109' should read '7,109' (sign flipped)"


def test_an_explanation_is_explained_when_every_suspect_has_a_slip() -> None:
    both = _explanation({"a", "b"}, causes={"a": Cause.TYPO, "b": Cause.SCALE})
    assert both.explained
    one = _explanation({"a", "b"}, causes={"a": Cause.TYPO, "b": Cause.UNEXPLAINED})
    assert not one.explained
    missing = _explanation({"a", "b"}, causes={"a": Cause.ROUNDING})
    assert not missing.explained
    # A slip of a figure outside the set does not explain the set.
    elsewhere = _explanation({"a"}, causes={"b": Cause.SIGN})
    assert not elsewhere.explained
    assert _explanation({"a"}, causes={"a": Cause.SIGN}).explained


def test_warnings_and_notes_leave_the_result_ok() -> None:
    result = AuditResult(findings=(NOTE, WARN), explanations=())
    assert result.ok
    assert result.errors == ()
    assert str(result) == (
        "Audit: every rule holds\n"
        "  [info] note: checked 'only' exports\n"
        "  [warning] odd: imports look odd"
    )


def test_errors_are_the_error_findings_in_order() -> None:
    result = AuditResult(findings=(NOTE, OTHER, WARN, ERROR), explanations=())
    assert not result.ok
    assert result.errors == (OTHER, ERROR)


def test_one_error_is_singular_and_an_empty_search_is_said() -> None:
    result = AuditResult(findings=(ERROR, NOTE), explanations=())
    assert str(result) == (
        "Audit: 1 error\n"
        "  [error] turnover: sum <off> & co\n"
        "  [info] note: checked 'only' exports\n"
        "  No set of figures explains the errors."
    )
    assert result.best is None
    assert result.suspects == []
    assert result.suggestions == {}
    assert result.diagnoses == ()
    assert not result.ambiguous


def test_the_best_explanation_gives_suggestions_and_diagnoses() -> None:
    first = _explanation(
        {"turnover"},
        causes={"turnover": Cause.TYPO},
        suggestions=(("turnover", Decimal("11224.9")),),
        message="turnover is off",
    )
    second = _explanation(
        {"exports", "imports"},
        causes={"exports": Cause.UNEXPLAINED},
        suggestions=(("exports", Decimal(1)), ("imports", Decimal(2))),
        message="both are off",
    )
    result = AuditResult(findings=(ERROR, OTHER), explanations=(first, second))
    assert result.best is first
    assert result.suspects == [frozenset({"turnover"}), frozenset({"exports", "imports"})]
    assert result.suggestions == {"turnover": Decimal("11224.9")}
    assert result.diagnoses == first.diagnoses
    assert not result.ambiguous
    assert str(result) == (
        "Audit: 2 errors\n"
        "  [error] turnover: sum <off> & co\n"
        "  [error] balance: balance 1 does not equal 2\n"
        "  Suspects #1: {turnover}: turnover is off\n"
        "  Suspects #2: {exports, imports}: both are off"
    )


def test_the_suggestions_are_a_fresh_mapping() -> None:
    only = _explanation({"a"}, suggestions=(("a", Decimal(3)),))
    result = AuditResult(findings=(ERROR,), explanations=(only,))
    suggestions = result.suggestions
    assert suggestions == {"a": Decimal(3)}
    assert isinstance(suggestions, dict)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # One explanation, itself decided.
        (_explanation({"a"}, causes={"a": Cause.TYPO}), None, False),
        # One explanation that lists several corrections.
        (_explanation({"a"}, causes={"a": Cause.TYPO}, ambiguous=True), None, True),
        # A slip beats no slip: the evidence decides.
        (
            _explanation({"a"}, causes={"a": Cause.TYPO}),
            _explanation({"b"}, causes={"b": Cause.UNEXPLAINED}),
            False,
        ),
        # Two sets both explained by a slip: undecided.
        (
            _explanation({"a"}, causes={"a": Cause.TYPO}),
            _explanation({"b"}, causes={"b": Cause.SIGN}),
            True,
        ),
        # Two sets neither explained: undecided.
        (
            _explanation({"a"}, causes={"a": Cause.UNEXPLAINED}),
            _explanation({"b"}, causes={"b": Cause.UNEXPLAINED}),
            True,
        ),
        # The first is ambiguous on its own, whatever follows.
        (
            _explanation({"a"}, causes={"a": Cause.TYPO}, ambiguous=True),
            _explanation({"b"}, causes={"b": Cause.UNEXPLAINED}),
            True,
        ),
        # Only the first explanation's own flag counts, not the second's.
        (
            _explanation({"a"}, causes={"a": Cause.TYPO}),
            _explanation({"b"}, causes={"b": Cause.UNEXPLAINED}, ambiguous=True),
            False,
        ),
    ],
)
def test_ambiguity(first: Explanation, second: Explanation | None, expected: bool) -> None:
    explanations = (first,) if second is None else (first, second)
    result = AuditResult(findings=(ERROR,), explanations=explanations)
    assert result.ambiguous is expected
    text = str(result)
    said = "  The evidence cannot decide between these explanations:\n  Suspects #1:"
    assert (said in text) is expected


def test_records_one_row_per_finding() -> None:
    result = AuditResult(findings=(ERROR, NOTE), explanations=())
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "turnover",
            "figures": "turnover, exports, imports",
            "message": "sum <off> & co",
        },
        {
            "severity": "info",
            "rule": "note",
            "figures": "exports",
            "message": "checked 'only' exports",
        },
    ]
    assert AuditResult(findings=(), explanations=()).to_records() == []


def test_html_lists_findings_and_explanations_escaped() -> None:
    first = _explanation({"imports", "exports"}, message="a < b & c")
    second = _explanation({"turnover"}, message="'quoted'")
    result = AuditResult(findings=(ERROR, NOTE), explanations=(first, second))
    assert result._repr_html_() == (
        '<div class="regionrel-audit errors">'
        "<p><b>Audit: 1 error</b></p>"
        "<table><tr><th>severity</th><th>rule</th><th>message</th></tr>"
        "<tr><td>error</td><td>turnover</td><td>sum &lt;off&gt; &amp; co</td></tr>"
        "<tr><td>info</td><td>note</td><td>checked &#x27;only&#x27; exports</td></tr>"
        "</table>"
        "<ol>"
        "<li><b>exports, imports</b>: a &lt; b &amp; c</li>"
        "<li><b>turnover</b>: &#x27;quoted&#x27;</li>"
        "</ol>"
        "</div>"
    )


def test_html_of_an_ok_result_with_a_note() -> None:
    result = AuditResult(findings=(NOTE,), explanations=())
    assert result._repr_html_() == (
        '<div class="regionrel-audit ok">'
        "<p><b>Audit: every rule holds</b></p>"
        "<table><tr><th>severity</th><th>rule</th><th>message</th></tr>"
        "<tr><td>info</td><td>note</td><td>checked &#x27;only&#x27; exports</td></tr>"
        "</table>"
        "</div>"
    )


@given(st.lists(st.sampled_from([ERROR, OTHER, NOTE, WARN]), max_size=6))
def test_the_heading_counts_the_errors(findings: list[Finding]) -> None:
    result = AuditResult(findings=tuple(findings), explanations=())
    errors = sum(f.severity is Severity.ERROR for f in findings)
    lines = str(result).split("\n")
    assert result.ok is (errors == 0)
    assert len(result.errors) == errors
    if errors == 0:
        assert lines == ["Audit: every rule holds", *(f"  {f}" for f in findings)]
    else:
        word = "error" if errors == 1 else "errors"
        assert lines[0] == f"Audit: {errors} {word}"
        assert lines[1:-1] == [f"  {f}" for f in findings]
    assert len(result.to_records()) == len(findings)
