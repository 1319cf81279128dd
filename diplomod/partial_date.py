"""A calendar date that keeps how much of it is known.

News gives dates at different precisions: "Tuesday, February 13" is a day, "earlier
this month" is a month, "last year" a year, and "a few days ago" an approximate day.
[`PartialDate`][diplomod.PartialDate] keeps the year, the month and the day where
known, and a flag for approximate dates. Its text form is the ISO 8601-2 / EDTF
level-1 subset: ``2024-02-13``, ``2024-02``, ``2024``, each optionally followed by
``~`` for "approximately".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, ClassVar

import attrs
from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from diplomod.errors import DateError
from diplomod.vocab import Precision

__all__ = ["PartialDate"]

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$")
_PATTERN_TEXT = r"^\d{4}(-\d{2}(-\d{2})?)?~?$"


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not 1 <= year <= 9999:
        raise DateError(f"'year' must be between 1 and 9999 (got {year})")
    if month is None:
        if day is not None:
            raise DateError(f"'day' must come with a month (got day {day} without a month)")
        return
    if not 1 <= month <= 12:
        raise DateError(f"'month' must be between 1 and 12 (got {month})")
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateError(
                f"'day' must be between 1 and {last} in {year:04d}-{month:02d} (got {day})"
            )


@attrs.frozen(eq=True, order=False, repr=False)
class PartialDate:
    """A date known to the day, the month or the year, possibly approximate.

    Build one from parts, from a `datetime.date`, or by parsing its text form:

    >>> PartialDate(2024, 2, 13)
    PartialDate('2024-02-13')
    >>> PartialDate.parse("2024-02~").precision
    <Precision.MONTH: 'month'>
    >>> PartialDate.parse("2024-02").latest()
    datetime.date(2024, 2, 29)

    Ordering compares the earliest possible days, then the latest; `is_before` and
    `is_after` say whether one date is certainly before or after another.

    Attributes:
        year: the year (1 to 9999).
        month: the month (1 to 12), or ``None`` when only the year is known.
        day: the day of the month, or ``None`` when only the month or year is known.
        approximate: ``True`` when the text gives the date only roughly
            ("a few days ago").
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    ISO_PATTERN: ClassVar[str] = _PATTERN_TEXT

    def __attrs_post_init__(self) -> None:
        for name in ("year", "month", "day"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise DateError(f"'{name}' must be an int (got {value!r})")
        _check_parts(self.year, self.month, self.day)

    # -- construction -------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, each with an optional ``~``.

        Raises:
            DateError: the text is not of that form or names no real date.
        """
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise DateError(
                "must be a date as YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '~' "
                f"(got {text!r})"
            )
        year, month, day, approx = match.groups()
        return cls(
            int(year),
            int(month) if month else None,
            int(day) if day else None,
            approximate=bool(approx),
        )

    @classmethod
    def from_date(cls, value: dt.date, *, approximate: bool = False) -> PartialDate:
        """A day-precision date from a `datetime.date` (or `datetime.datetime`)."""
        return cls(value.year, value.month, value.day, approximate=approximate)

    @classmethod
    def coerce(cls, value: object) -> PartialDate:
        """Accept a `PartialDate`, a `datetime.date` or a text form; raise otherwise."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            return cls.from_date(value.date())
        if isinstance(value, dt.date):
            return cls.from_date(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise DateError(
            f"must be a date string, a datetime.date or a PartialDate (got {value!r})"
        )

    @classmethod
    def _validate(cls, value: object) -> PartialDate:
        try:
            return cls.coerce(value)
        except DateError as exc:  # pydantic adds the model and field names
            raise ValueError(exc.detail) from None

    # -- views -----------------------------------------------------------------
    @property
    def precision(self) -> Precision:
        """`Precision.DAY`, `Precision.MONTH` or `Precision.YEAR`."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def earliest(self) -> dt.date:
        """The first day this date can be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this date can be."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    def to_date(self) -> dt.date:
        """The date itself; only for day precision.

        Raises:
            DateError: the date is known only to the month or year.
        """
        if self.day is None:
            raise DateError(f"{self} is not known to the day")
        return self.earliest()

    def contains(self, day: dt.date | PartialDate) -> bool:
        """Whether ``day`` lies wholly within this date's possible days."""
        other = PartialDate.coerce(day)
        return self.earliest() <= other.earliest() and other.latest() <= self.latest()

    def is_before(self, other: dt.date | PartialDate) -> bool:
        """Whether this date certainly lies before ``other`` (no day in common)."""
        return self.latest() < PartialDate.coerce(other).earliest()

    def is_after(self, other: dt.date | PartialDate) -> bool:
        """Whether this date certainly lies after ``other`` (no day in common)."""
        return self.earliest() > PartialDate.coerce(other).latest()

    def overlaps(self, other: dt.date | PartialDate) -> bool:
        """Whether the two dates can be the same day."""
        return not (self.is_before(other) or self.is_after(other))

    def with_approximate(self, approximate: bool = True) -> PartialDate:
        """The same date with the approximate flag set (or cleared)."""
        return attrs.evolve(self, approximate=approximate)

    def isoformat(self, *, with_approximate: bool = True) -> str:
        """The text form; ``with_approximate=False`` drops the ``~``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        if self.approximate and with_approximate:
            text += "~"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    def _key(self) -> tuple[dt.date, dt.date, bool]:
        return (self.earliest(), self.latest(), self.approximate)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    # -- pydantic integration -----------------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.isoformat(), when_used="json-unless-none"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": _PATTERN_TEXT,
            "description": "A date as YYYY, YYYY-MM or YYYY-MM-DD; a trailing '~' marks it "
            "approximate (ISO 8601-2 / EDTF level 1).",
            "examples": ["2024-02-13", "2024-02", "2024-02-13~"],
        }
