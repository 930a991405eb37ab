"""Findings and warnings about relations data: what is legal but suspicious.

Every check of an agreement, an action plan or a region's relations returns
:class:`RelationsFinding` values; :meth:`RelationsFinding.warn` emits one as a
warning of the :class:`RelationsWarning` family, which a caller can silence
for one call with :func:`warnings.catch_warnings`.

>>> issubclass(LifecycleWarning, RelationsWarning), issubclass(RegistrationWarning, RelationsWarning)
(True, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from regionrel._validators import as_count, checked_by_annotation
from regionrel.errors import (  # defined with every error, re-exported here
    LifecycleWarning,
    RegistrationWarning,
    RelationsWarning,
    ValidationError,
    WrongTypeError,
)

__all__ = [
    "LifecycleWarning",
    "RegistrationWarning",
    "RelationsFinding",
    "RelationsWarning",
]


@attrs.frozen(field_transformer=checked_by_annotation)
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

    def to_dict(self) -> dict[str, str]:
        """The finding as JSON-safe data, its category by name.

        :func:`regionrel.serialize.to_dict` refuses a finding (its category is a
        class); this is its data form, read back by :meth:`from_dict`.

        >>> finding = RelationsFinding("entry-pending", "awaits ratification", "Agreement X",
        ...     LifecycleWarning)
        >>> finding.to_dict()
        {'code': 'entry-pending', 'message': 'awaits ratification', 'subject': 'Agreement X', 'category': 'LifecycleWarning'}
        >>> RelationsFinding.from_dict(finding.to_dict()) == finding
        True
        """
        return {
            "code": self.code,
            "message": self.message,
            "subject": self.subject,
            "category": self.category.__name__,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RelationsFinding:
        """Read a finding back from :meth:`to_dict`'s data.

        Raises:
            WrongTypeError: *data* is not a mapping, or a field is not a str.
            ValidationError: a missing or extra field, or an unknown category.
        """
        if not isinstance(data, Mapping):
            raise WrongTypeError(
                "must be a mapping", cls="RelationsFinding", field="data", value=data
            )
        fields = ("code", "message", "subject", "category")
        if set(data) != set(fields):
            raise ValidationError(
                f"must have exactly the fields {', '.join(fields)}",
                cls="RelationsFinding",
                field="data",
                value=sorted(map(str, data)),
            )
        for name in fields:
            if not isinstance(data[name], str):
                raise WrongTypeError(
                    "must be a str", cls="RelationsFinding", field=name, value=data[name]
                )
        categories = {c.__name__: c for c in _CATEGORIES}
        category = categories.get(str(data["category"]))
        if category is None:
            raise ValidationError(
                f"must name one of {', '.join(sorted(categories))}",
                cls="RelationsFinding",
                field="category",
                value=data["category"],
            )
        return cls(str(data["code"]), str(data["message"]), str(data["subject"]), category)

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

        level = as_count(stacklevel, cls="RelationsFinding.warn", field="stacklevel", maximum=1000)
        warnings.warn(str(self), self.category, stacklevel=level + 1)


_CATEGORIES: Final = (RelationsWarning, RegistrationWarning, LifecycleWarning)
