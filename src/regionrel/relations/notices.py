"""Notice of non-renewal: by when a party must give it, and for which span.

A renewing agreement runs span after span (its term, then each renewal) unless a
party gives notice by a deadline before a span ends; once that deadline has passed,
the next renewal is locked in. :class:`NoticeWindow` is the answer to "by when, and
what does it end?", and the functions here compute it, and the end of the current
span, in one reading of the agreement's dates; the questions themselves are
:meth:`Agreement.notice_window <regionrel.relations.agreement.Agreement.notice_window>`,
``notice_deadline``, ``renewal_locked_in``, ``expires_on`` and ``earliest_end``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.relations.lifecycle import Lifecycle, Spans
from regionrel.relations.terms import TermKind

__all__ = ["NoticeWindow", "spread"]


@attrs.frozen(field_transformer=checked_by_annotation)
class NoticeWindow:
    """A notice deadline and the span it is for (see
    :meth:`~regionrel.relations.agreement.Agreement.notice_window`).

    >>> from datetime import date
    >>> window = NoticeWindow(deadline=date(2019, 9, 9), span=0,
    ...     span_ends_on=date(2020, 3, 9), current_span=0)
    >>> window.locks_in, str(window)
    (False, 'notice by 2019-09-09 ends the agreement on 2020-03-09 (span 0, the current one)')
    """

    #: The last day notice stops the renewal after :attr:`span`.
    deadline: date
    #: The span notice given by the deadline ends the agreement with: 0 the initial
    #: term, *k* the *k*-th renewal.
    span: int
    #: The last day of that span: the last day in force after notice in time.
    span_ends_on: date
    #: The span that holds the day asked about (0 before entry into force).
    current_span: int

    @property
    def locks_in(self) -> bool:
        """Whether the current span's deadline has passed: this window is a later span's."""
        return self.span > self.current_span

    def __str__(self) -> str:
        text = f"notice by {self.deadline} ends the agreement on {self.span_ends_on}"
        if self.locks_in:
            return text + (
                f" (span {self.span}; the renewal of span {self.current_span} is locked in)"
            )
        return text + f" (span {self.span}, the current one)"


def expiry(life: Lifecycle, day: date, spans: Spans) -> date | None:
    """The last day of the span that holds *day* in *life* (see
    :meth:`~regionrel.relations.agreement.Agreement.expires_on`)."""
    start = life.start
    if start is None or life.signed_on is None or day < life.signed_on:
        return None
    if life.end is not None:
        return life.end[0]
    if spans.term.kind is TermKind.OPEN_ENDED:
        return None
    k = spans.index(start, max(day, start))
    return None if spans.beyond(start, k) else spans.end(start, k)


def window_in(life: Lifecycle, day: date, spans: Spans) -> NoticeWindow | None:
    """The next notice window after *day* in *life* (see
    :meth:`~regionrel.relations.agreement.Agreement.notice_window`)."""
    start = life.start
    if spans.renewal is None or start is None or life.end is not None:
        return None
    if life.signed_on is None or day < life.signed_on:
        return None
    span = spans.first_open(start, day)
    if span is None:
        return None
    return NoticeWindow(
        deadline=spans.deadline(start, span),
        span=span,
        span_ends_on=spans.end(start, span),
        current_span=spans.index(start, max(day, start)),
    )


def spread(values: Iterable[date | None]) -> tuple[date, date] | None:
    """The first and the last of the days the readings of an agreement's dates give;
    None when some reading gives none.

    >>> spread([date(2024, 5, 30), date(2024, 4, 30)]), spread([date(2024, 4, 30), None])
    ((datetime.date(2024, 4, 30), datetime.date(2024, 5, 30)), None)
    """
    found = list(values)
    days = [v for v in found if v is not None]
    if not days or len(days) < len(found):
        return None
    return min(days), max(days)
