"""Notebook display: one mixin that shows a value the way ``str`` writes it.

:class:`NotebookDisplay` gives a class ``_repr_html_`` (Jupyter's rich display)
and ``_repr_pretty_`` (IPython's pretty printer). Both are built from ``str(obj)``,
the value's readable text, so the notebook, the console and ``print`` say the same
thing; the HTML adds a table of the value's records (``to_records()``) where the
class holds a collection. Every piece of text is escaped.

>>> from regionrel.periods import Period
>>> Period.span(2018, 2021)._repr_html_()
'<div class="regionrel regionrel-period"><strong>2018-2021</strong></div>'
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol

from regionrel._numbers import decimal_text
from regionrel.errors import ValidationError

__all__ = ["NotebookDisplay", "render_html"]


class _Printer(Protocol):
    """The part of IPython's ``PrettyPrinter`` that :meth:`NotebookDisplay._repr_pretty_` uses."""

    def text(self, obj: str) -> None: ...  # pragma: no cover - a protocol


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        # Shares computed from percentages carry binary noise (0.07400000000000001).
        return f"{value:.6g}"
    if isinstance(value, Decimal):
        return decimal_text(value)
    return html.escape(str(value))


def render_html(
    text: str, *, kind: str, records: Sequence[Mapping[str, object]] | None = None
) -> str:
    """Render a value's readable *text* (and optional *records*) as an HTML fragment.

    The first line of *text* is the heading; further lines follow in a ``<pre>``
    block; *records* become a table whose columns are the first record's keys.

    Args:
        text: the value's ``str``.
        kind: a CSS class naming the value's kind, such as ``"money"``.
        records: rows to tabulate, or ``None``.

    Returns:
        An HTML fragment with every piece of text escaped.

    >>> render_html("a <b>\\n  c", kind="x", records=[{"n": 1, "v": None}])
    '<div class="regionrel regionrel-x"><strong>a &lt;b&gt;</strong><pre>  c</pre><table><thead><tr><th>n</th><th>v</th></tr></thead><tbody><tr><td>1</td><td></td></tr></tbody></table></div>'
    """
    head, _, rest = text.partition("\n")
    parts = [
        f'<div class="regionrel regionrel-{html.escape(kind)}">',
        f"<strong>{html.escape(head)}</strong>",
    ]
    if rest:
        parts.append(f"<pre>{html.escape(rest)}</pre>")
    if records:
        columns = list(records[0])
        header = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>"
            for row in records
        )
        parts.append(f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</div>")
    return "".join(parts)


class NotebookDisplay:
    """A mixin giving a value Jupyter's HTML display and IPython's pretty printing.

    Both delegate to ``str(self)``; a class that also has ``to_records()`` gets
    its records shown as a table under the text. The mixin holds no state
    (``__slots__ = ()``), so frozen, slotted attrs classes can use it.

    >>> from regionrel.money import Money
    >>> class Printer:
    ...     def text(self, s): print(s)
    >>> Money("7109", "USD")._repr_pretty_(Printer(), cycle=False)
    7109 USD
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # IPython's printer walks the MRO and stops at the first class defining
        # _repr_pretty_ or __repr__; a class's own (attrs) __repr__ would hide the
        # mixin's _repr_pretty_, so each class gets it in its own namespace.
        if "_repr_pretty_" not in cls.__dict__:
            cls._repr_pretty_ = NotebookDisplay._repr_pretty_  # type: ignore[method-assign]

    def __format__(self, spec: str) -> str:
        """``format(value)`` and ``f"{value}"`` write ``str(value)``; a format spec is refused.

        A value has no format spec of its own (format its fields instead); the refusal is
        a regionrel error, where ``object.__format__`` raises a bare TypeError.

        >>> from regionrel.money import Money
        >>> f"{Money('7109', 'USD')}"
        '7109 USD'
        >>> format(Money('7109', 'USD'), ".2f")
        Traceback (most recent call last):
        ...
        regionrel.errors.ValidationError: Money.__format__: 'spec' must be empty: a value has no format spec of its own; format its fields, such as its amount (got '.2f')
        """
        if not spec:
            return str(self)
        raise ValidationError(
            "must be empty: a value has no format spec of its own; format its fields, "
            "such as its amount",
            cls=f"{type(self).__name__}.__format__",
            field="spec",
            value=spec,
        )

    def _display_records(self) -> Sequence[Mapping[str, object]] | None:
        to_records = getattr(self, "to_records", None)
        return None if to_records is None else to_records()

    def _repr_html_(self) -> str:
        """The value as an HTML fragment: its ``str``, and its records as a table."""
        return render_html(
            str(self), kind=type(self).__name__.lower(), records=self._display_records()
        )

    def _repr_pretty_(self, printer: _Printer | Any, cycle: bool) -> None:
        """Write ``str(self)`` to IPython's pretty *printer*."""
        printer.text(f"{type(self).__name__}(...)" if cycle else str(self))
