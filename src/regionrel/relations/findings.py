"""Findings and warnings about relations data: what is legal but suspicious.

Every check of an agreement, an action plan or a region's relations returns
:class:`RelationsFinding` values; :meth:`RelationsFinding.warn` emits one as a
warning of the :class:`RelationsWarning` family, which a caller can silence
for one call with :func:`warnings.catch_warnings`.

>>> issubclass(LifecycleWarning, RelationsWarning), issubclass(RegistrationWarning, RelationsWarning)
(True, True)
"""

from __future__ import annotations

import attrs

from regionrel.errors import RegionrelWarning

__all__ = [
    "LifecycleWarning",
    "RegistrationWarning",
    "RelationsFinding",
    "RelationsWarning",
]


class RelationsWarning(RegionrelWarning):
    """The base of the warnings about agreements, action plans and events."""


class RegistrationWarning(RelationsWarning):
    """An international agreement of a region with no state registration recorded."""


class LifecycleWarning(RelationsWarning):
    """A legal but suspicious lifecycle: a plan outside its agreement's life, a stale notice."""


@attrs.frozen
class RelationsFinding:
    """A legal but suspicious state found in relations data.

    Args:
        code: a short stable identifier (``"unregistered"``, ``"plan-outside-agreement"``).
        message: the finding as an English sentence, naming the values involved.
        subject: the title of the agreement, plan or event it concerns.
        category: the warning class that :meth:`warn` emits.

    >>> finding = RelationsFinding("unregistered", "no state registration recorded", "Agreement X")
    >>> str(finding)
    'Agreement X: no state registration recorded'
    """

    #: A short stable identifier of the kind of finding.
    code: str
    #: The finding as an English sentence.
    message: str
    #: The title of what the finding concerns.
    subject: str
    #: The warning class :meth:`warn` emits.
    category: type[RelationsWarning] = RelationsWarning

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}"

    def warn(self, stacklevel: int = 2) -> None:
        """Emit the finding as a warning of its category.

        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     RelationsFinding("x", "odd", "Plan").warn()
        >>> str(caught[0].message)
        'Plan: odd'
        """
        import warnings

        warnings.warn(str(self), self.category, stacklevel=stacklevel + 1)
