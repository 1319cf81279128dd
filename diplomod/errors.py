"""The exceptions diplomod raises.

Every error derives from [`DiplomodError`][diplomod.DiplomodError] and also from the
built-in exception it resembles, so ``except ValueError`` keeps working for callers
who do not know diplomod. Details are kept as attributes, and messages follow one
form: ``<object> '<field>' must be <expectation> (got <value>)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "DateError",
    "DiplomodError",
    "FieldError",
    "GoldFormatError",
    "InputError",
    "KnowledgeBaseError",
    "ModelValidationError",
    "UnknownActorError",
    "UnknownRuleError",
]

_MAX_VALUE_REPR = 80


def short_repr(value: Any) -> str:
    """``repr(value)``, cut to a readable length."""
    text = repr(value)
    if len(text) > _MAX_VALUE_REPR:
        text = text[: _MAX_VALUE_REPR - 3] + "..."
    return text


class DiplomodError(Exception):
    """Base class of every error raised by diplomod."""


@attrs.frozen
class FieldError:
    """One problem with one field of a model object.

    Attributes:
        model: name of the model class being built (``"Phase"``).
        field: dotted path of the field inside that object (``"phases[0].index"``);
            empty for a problem with the object as a whole.
        value: the offending value.
        message: what the value must be, starting with ``must`` or ``is``.
    """

    model: str
    field: str
    value: Any
    message: str

    def __str__(self) -> str:
        where = f"{self.model} '{self.field}'" if self.field else self.model
        text = f"{where} {self.message}"
        if "(got " not in self.message and self.field:
            text += f" (got {short_repr(self.value)})"
        return text


class ModelValidationError(DiplomodError, ValueError):
    """A model object was built with values that break its invariants.

    Attributes:
        model: the model class's name.
        errors: one [`FieldError`][diplomod.FieldError] per problem found.
    """

    def __init__(self, model: str, errors: Sequence[FieldError]) -> None:
        self.model = model
        self.errors: tuple[FieldError, ...] = tuple(errors)
        lines = [str(e) for e in self.errors] or [f"{model} is invalid"]
        head = lines[0] if len(lines) == 1 else f"{len(lines)} problems building {model}:"
        body = "" if len(lines) == 1 else "\n" + "\n".join(f"  - {line}" for line in lines)
        super().__init__(head + body)

    @property
    def fields(self) -> tuple[str, ...]:
        """The field paths that were rejected, in order."""
        return tuple(e.field for e in self.errors)


class GoldFormatError(DiplomodError, ValueError):
    """A gold annotation file does not follow ``diplomod-gold/1``.

    Attributes:
        path: where in the gold document the problem is (``"meetings[2].date"``).
        source: file name or ``None`` for in-memory data.
    """

    def __init__(self, message: str, *, path: str = "", source: str | None = None) -> None:
        self.path = path
        self.source = source
        where = " ".join(p for p in (source or "", f"at '{path}'" if path else "") if p)
        super().__init__(f"{where}: {message}" if where else message)


class KnowledgeBaseError(DiplomodError, ValueError):
    """A knowledge-base data file has bad entries. Every bad entry is listed.

    Attributes:
        problems: one line per bad entry, naming the file, the entry id and the field.
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        listed = "\n".join(f"  - {p}" for p in self.problems)
        n = len(self.problems)
        super().__init__(f"{n} problem{'s' if n != 1 else ''} in the knowledge base:\n{listed}")


class UnknownActorError(DiplomodError, KeyError):
    """A report has no actor with the requested id or name.

    Attributes:
        key: the id or name that was looked up.
    """

    def __init__(self, key: str, hint: str = "") -> None:
        self.key = key
        message = f"no actor {key!r} in this report"
        if hint:
            message += f"; {hint}"
        super().__init__(message)

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


class UnknownRuleError(DiplomodError, KeyError):
    """A rule code or prefix matches no registered validation rule.

    Attributes:
        code: the code or prefix that matched nothing.
    """

    def __init__(self, code: str, known: Iterable[str] = ()) -> None:
        self.code = code
        known = sorted(known)
        message = f"no validation rule matches {code!r}"
        if known:
            message += f" (known codes: {', '.join(known)})"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class DateError(DiplomodError, ValueError):
    """A date is malformed or names no real day ("2024-02-30").

    Attributes:
        detail: the problem without the ``PartialDate`` prefix.
    """

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"PartialDate {detail}")


class InputError(DiplomodError, ValueError):
    """Input given to diplomod (a file, a date, an option) cannot be used.

    Attributes:
        source: the file or option the problem is in, if any.
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)
