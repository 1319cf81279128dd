"""The base class of the public model types and the translation of pydantic errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any, Self

import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic._internal._model_construction import ModelMetaclass

from diplomod.errors import FieldError, ModelValidationError

__all__ = ["Identifier", "Model", "NonBlankStr", "translate_validation_error"]

NonBlankStr = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]
"""A string with at least one non-space character."""

Identifier = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$"),
    Field(description="A stable id, unique within its report; no leading or trailing space."),
]
"""A stable id: 1 to 200 characters, no leading or trailing white space."""

_PYDANTIC_PREFIXES = (
    ("Value error, ", ""),
    ("Assertion failed, ", ""),
    ("Input should be ", "must be "),
    ("Input should ", "must "),
    ("String should ", "must "),
    ("List should ", "must "),
    ("Tuple should ", "must "),
    ("Dictionary should ", "must "),
)
_FIXED_MESSAGES = {
    "Field required": "is required",
    "Extra inputs are not permitted": "is not a field of this object",
    "Instance is frozen": "cannot be changed: the object is frozen (use model_copy(update=...))",
}


def _format_loc(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def _format_message(msg: str) -> str:
    if msg in _FIXED_MESSAGES:
        return _FIXED_MESSAGES[msg]
    for prefix, replacement in _PYDANTIC_PREFIXES:
        if msg.startswith(prefix):
            msg = replacement + msg[len(prefix) :]
    return _FIXED_MESSAGES.get(msg, msg)


_TAGGED_UNION_PART = re.compile(r"^function-(plain|after|before|wrap)\[.*\]$")


def translate_validation_error(model: str, error: pydantic.ValidationError) -> ModelValidationError:
    """Turn a pydantic `ValidationError` into diplomod's `ModelValidationError`."""
    problems: list[FieldError] = []
    for item in error.errors(include_url=False):
        loc = tuple(
            p for p in item["loc"] if not (isinstance(p, str) and _TAGGED_UNION_PART.match(p))
        )
        value = item.get("input")
        message = _format_message(item["msg"])
        named = _NAMED_FIELD.match(message)
        if named:  # an object-level check that names its own field: fold it into the path
            name, message = named.group(1), named.group(2)
            loc = (*loc, name)
            value = value.get(name) if isinstance(value, Mapping) else getattr(value, name, value)
        problems.append(FieldError(model=model, field=_format_loc(loc), value=value,
                                   message=message))
    return ModelValidationError(model, problems)


_NAMED_FIELD = re.compile(r"^'(\w+)' (.*)$", re.DOTALL)


class _ModelMeta(ModelMetaclass):
    """Translates pydantic's errors when user code calls a model class.

    Pydantic builds nested objects without calling the class, so only the outermost
    call translates, and its error lists every problem with its full path."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except pydantic.ValidationError as exc:
            raise translate_validation_error(self.__name__, exc) from None


class Model(BaseModel, metaclass=_ModelMeta):
    """Base of every public model type: frozen, strict about unknown fields, and raising
    [`ModelValidationError`][diplomod.ModelValidationError] with messages that name the
    field and the bad value."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=True,
        use_attribute_docstrings=True,
        ser_json_inf_nan="strings",
    )

    @classmethod
    def model_validate(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: Any = None,
        from_attributes: bool | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """Validate a mapping (or an instance) into this type."""
        try:
            return super().model_validate(
                obj,
                strict=strict,
                extra=extra,
                from_attributes=from_attributes,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        except pydantic.ValidationError as exc:
            raise translate_validation_error(cls.__name__, exc) from None

    @classmethod
    def model_validate_json(
        cls,
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        extra: Any = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """Validate a JSON document into this type."""
        try:
            return super().model_validate_json(
                json_data,
                strict=strict,
                extra=extra,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        except pydantic.ValidationError as exc:
            raise translate_validation_error(cls.__name__, exc) from None

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
        except pydantic.ValidationError as exc:
            raise translate_validation_error(type(self).__name__, exc) from None

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with some fields changed; unlike pydantic's default, the result is
        validated, so a copy can never break the type's invariants."""
        if not update:
            return super().model_copy(deep=deep)
        unknown = sorted(set(update) - set(type(self).model_fields))
        if unknown:
            raise ModelValidationError(
                type(self).__name__,
                [
                    FieldError(type(self).__name__, name, update[name], _FIXED_MESSAGES[
                        "Extra inputs are not permitted"])
                    for name in unknown
                ],
            )
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(update)
        return type(self)(**data)

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text (the inverse of `from_json`)."""
        return self.model_dump_json(indent=indent, exclude_none=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Build an object from JSON text written by `to_json`."""
        return cls.model_validate_json(text)
