"""A griffe extension that shows the doctests of docstrings as code.

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


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of *obj*, if it has one, before it is parsed."""
        if obj.docstring is not None and ">>> " in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
