"""The rules an :class:`~regionrel.relations.agreement.Agreement`'s fields keep.

Its parties (two or more distinct governing bodies), its subject areas, its draft
flag, the dates it is given as text, its entry into force (not before signing, not
after a fixed term ends) and its notice period (shorter than the term, so that the
first renewal can be stopped in time). :class:`~regionrel.relations.agreement.Agreement`
applies them when it is built; every refusal is a
:class:`~regionrel.errors.ValidationError` or :class:`~regionrel.errors.WrongTypeError`
naming the class, the field and the value.

>>> from regionrel.relations import Agreement
>>> Agreement.between("A", "Government of the Leningrad Region",
...     "Government of the Leningrad Region")
Traceback (most recent call last):
...
regionrel.errors.ValidationError: Agreement: 'parties' must name at least two distinct parties: the Government of the Leningrad Region cannot agree with itself (got 'Government of the Leningrad Region')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from regionrel._validators import as_optional_date, as_optional_partial_date
from regionrel.dates import PartialDate
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import GoverningBody
from regionrel.relations.lifecycle import Spans
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import EntryMode, Term, TermKind

if TYPE_CHECKING:
    from regionrel.relations.agreement import Agreement

__all__: list[str] = []


def check_parties(
    _inst: object, _a: attrs.Attribute[tuple[GoverningBody, ...]], value: Any
) -> None:
    """Two or more distinct governing bodies (the validator of ``parties``)."""
    if not isinstance(value, tuple):
        raise WrongTypeError(
            "must be a sequence of GoverningBody", cls="Agreement", field="parties", value=value
        )
    for party in value:
        if not isinstance(party, GoverningBody):
            raise WrongTypeError(
                "must hold GoverningBody values", cls="Agreement", field="parties", value=party
            )
    names = [party.name for party in value]
    if len(set(value)) == 1:
        why = "cannot agree with itself" if len(value) > 1 else "is the only one named"
        raise ValidationError(
            f"must name at least two distinct parties: the {names[0]} {why}",
            cls="Agreement",
            field="parties",
            value=names[0],
        )
    if len(set(value)) < 2:
        raise ValidationError(
            "must name at least two distinct parties", cls="Agreement", field="parties", value=()
        )
    if len(set(value)) != len(value):
        twice = next(party.name for i, party in enumerate(value) if party in value[:i])
        raise ValidationError(
            "must not name a party twice",
            cls="Agreement",
            field="parties",
            value=twice,
        )


def check_areas(_inst: object, _a: attrs.Attribute[frozenset[SubjectArea]], value: Any) -> None:
    """A frozenset of SubjectArea values (the validator of ``areas``)."""
    if not isinstance(value, frozenset):
        raise WrongTypeError(
            "must be a set of SubjectArea or a phrase", cls="Agreement", field="areas", value=value
        )
    for area in value:
        if not isinstance(area, SubjectArea):
            raise WrongTypeError(
                "must hold SubjectArea values", cls="Agreement", field="areas", value=area
            )


def to_term(value: Any) -> Term:
    """A Term from itself, a period or text (the converter of ``term``)."""
    return Term.coerce(value)


def to_areas(value: Any) -> Any:
    """SubjectArea values from a phrase or an iterable (the converter of ``areas``)."""
    if isinstance(value, str):
        return SubjectArea.parse_many(value)
    if isinstance(value, Iterable) and not isinstance(value, frozenset):
        return frozenset(SubjectArea.coerce(v) for v in value)
    return value


def to_signing(value: date | PartialDate | str | None) -> Any:
    """The day, month or year of signing (the converter of ``signed_on``)."""
    return as_optional_partial_date(value, cls="Agreement", field="signed_on")


def to_signed_in(value: date | PartialDate | str | None) -> Any:
    """The month or year of signing (the converter of ``signed_in``)."""
    return as_optional_partial_date(value, cls="Agreement", field="signed_in")


def check_draft(_inst: Agreement, _a: attrs.Attribute[bool | None], value: object) -> None:
    """True, False or None (the validator of ``draft``)."""
    if value is not None and not isinstance(value, bool):
        raise WrongTypeError(
            "must be True, False or None", cls="Agreement", field="draft", value=value
        )


def to_registered_on(value: date | str | None) -> date | None:
    """The day of state registration (the converter of ``registered_on``)."""
    return as_optional_date(value, cls="Agreement", field="registered_on")


def check_entry(agreement: Agreement) -> None:
    """Refuse an entry into force before signing, or a fixed term that ends before it."""
    if agreement.entry.mode is EntryMode.ON_SIGNING:
        start = agreement.signing
    else:
        start = agreement.entry.when
        if start is not None and not agreement.is_signed:
            raise ValidationError(
                "cannot have a date of entry into force before the agreement is signed",
                cls="Agreement",
                field="entry",
                value=agreement.entry.on or start,
            )
        if (
            start is not None
            and agreement.signing is not None
            and start.latest < agreement.signing.earliest
        ):
            raise ValidationError(
                f"must not be before signing on {agreement.signing}",
                cls="Agreement",
                field="entry",
                value=agreement.entry.on or start,
            )
    if (
        start is not None
        and agreement.term.period is not None
        and agreement.term.period.end < agreement.entry.start_after(start.earliest)
    ):
        raise ValidationError(
            f"must not end before entry into force on {start}",
            cls="Agreement",
            field="term",
            value=str(agreement.term),
        )


def check_notice(agreement: Agreement) -> None:
    """Refuse a notice period longer than the term: notice could never be given in time."""
    renewal, term = agreement.renewal, agreement.term
    if renewal is None or not renewal.notice_months:
        return
    start = agreement.entry.when if agreement.entry.mode is not EntryMode.ON_SIGNING else None
    start = start or agreement.signing
    if start is not None and agreement.signing is not None:
        # the first deadline falls before the agreement is even signed
        too_long = Spans(term, renewal).deadline(start.latest, 0) < agreement.signing.earliest
    else:
        too_long = (
            term.kind is TermKind.SPAN and renewal.notice_months > term.years * 12 + term.months
        )
    if too_long:
        span = f"a term of {term}" if term.kind is TermKind.SPAN else f"the term {term}"
        raise ValidationError(
            f"asks for notice {renewal.notice_months} months before the end of {span}, "
            "as long as the term itself or longer: the first renewal could never be "
            "stopped in time",
            cls="Agreement",
            field="renewal",
            value=str(renewal),
        )


def actor_of(parties: Sequence[GoverningBody], by: object, method: str) -> GoverningBody | None:
    """The party that acted, given as a governing body or its name (a party's name as
    written, else read by :meth:`GoverningBody.parse`); None for none."""
    if by is None or isinstance(by, GoverningBody):
        return by
    if isinstance(by, str):
        key = " ".join(by.split()).casefold()
        named = [p for p in parties if p.name.casefold() == key]
        return named[0] if named else GoverningBody.parse(by)
    raise WrongTypeError(
        "must be a GoverningBody, its name or None",
        cls=f"Agreement.{method}",
        field="by",
        value=by,
    )
