"""A griffe extension that turns the library's docstrings into Markdown the site can show.

Two things in them are not Markdown: doctests, and the reST roles the docstrings use to
name things (``:class:`Money```, ``:meth:`~Agreement.status_on```), which Markdown would
print raw. Roles become inline code (with ``~`` showing the last part only, as Sphinx
does); doctests become fenced code blocks.

The library's docstrings carry doctests (``>>>`` lines and their expected output)
in running text, where pytest runs them. Markdown would read ``>>>`` as nested
quotes and ``['a', 'b']`` as links, so this extension fences each run of doctest
lines as a ``pycon`` code block before the docstring is parsed. Doctests already
inside a Google ``Examples:`` section are left to griffe, which fences them itself.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(
    r":(?:py:)?(?:class|mod|meth|func|attr|data|exc|obj|const|term):`(?P<target>[^`]+)`"
)
_PROMPT = re.compile(r"^(?P<indent>[ \t]*)>>> ")
_SECTION = re.compile(r"^\s*(Examples?|Example):\s*$")


def fence_doctests(text: str) -> str:
    """Wrap every run of doctest lines outside an Examples section in a fence.

    A run starts at a ``>>>`` line and takes the lines after it up to the first blank
    line (the end of a doctest's expected output).

    >>> fence_doctests("Adds.\\n\\n>>> 1 + 1\\n2\\n\\nDone.").splitlines()
    ['Adds.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    lines = text.splitlines()
    out: list[str] = []
    in_examples = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SECTION.match(line):
            in_examples = True
        elif line and not line[0].isspace() and not _PROMPT.match(line) and line.endswith(":"):
            in_examples = False
        match = _PROMPT.match(line)
        if match is None or in_examples:
            out.append(line)
            i += 1
            continue
        indent = match.group("indent")
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


def plain_roles(text: str) -> str:
    """Write every reST role as inline code; ``~`` keeps the last part of the name.

    >>> plain_roles("A :class:`Money` from :meth:`~regionrel.money.Money.of`.")
    'A `Money` from `of`.'
    >>> plain_roles(":meth:`Event.visit <regionrel.events.Event.visit>`")
    '`Event.visit`'
    """

    def code(match: re.Match[str]) -> str:
        target = match.group("target")
        if target.endswith(">") and " <" in target:  # `title <target>`: the title
            return f"`{target.rsplit(' <', 1)[0]}`"
        if target.startswith("~"):
            target = target[1:].rsplit(".", 1)[-1]
        return f"`{target}`"

    return _ROLE.sub(code, text)


def markdown(text: str) -> str:
    """A docstring as the site shows it: roles as code, doctests fenced.

    Roles inside doctest lines are left alone: they are code already.

    >>> markdown("See :func:`parse`.\\n\\n>>> parse(':class:`x`')\\n1").splitlines()
    ['See `parse`.', '', '```pycon', ">>> parse(':class:`x`')", '1', '```']
    """
    out: list[str] = []
    prose: list[str] = []
    in_code = False
    for line in fence_doctests(text).splitlines():
        if line.strip().startswith("```"):
            if not in_code:  # a role may run over a line break: rewrite the prose whole
                out.extend(plain_roles("\n".join(prose)).split("\n") if prose else [])
                prose = []
            in_code = not in_code
            out.append(line)
        elif in_code:
            out.append(line)
        else:
            prose.append(line)
    out.extend(plain_roles("\n".join(prose)).split("\n") if prose else [])
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of *obj*, if it has one, before it is parsed."""
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
