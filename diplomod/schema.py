"""JSON Schema export for the model types."""

from __future__ import annotations

from typing import Any

from diplomod.model import (
    Actor,
    CasualtyClaim,
    Citation,
    Demand,
    Document,
    Evidence,
    Meeting,
    Proposal,
    Report,
)
from diplomod.model._base import Model

__all__ = ["SCHEMA_TYPES", "json_schema"]

#: The types whose schema `json_schema` can give, by name.
SCHEMA_TYPES: dict[str, type[Model]] = {
    cls.__name__: cls
    for cls in (Report, Actor, Meeting, Proposal, Demand, CasualtyClaim, Document, Citation,
                Evidence)
}


def json_schema(type_name: str = "Report") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model type's JSON form.

    >>> json_schema()["title"]
    'Report'

    Raises:
        KeyError: ``type_name`` is not one of `SCHEMA_TYPES`.
    """
    try:
        cls = SCHEMA_TYPES[type_name]
    except KeyError:
        known = ", ".join(SCHEMA_TYPES)
        raise KeyError(f"no model type {type_name!r} (known: {known})") from None
    schema = cls.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
