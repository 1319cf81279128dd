"""ISO 3166-1 alpha-3 country codes, checked against the ISO data pycountry ships.

``XKX`` (Kosovo), a user-assigned code in wide use by the EU, the IMF and the World
Bank, is accepted as well.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated

import pycountry
from pydantic import AfterValidator, Field

__all__ = ["CountryCode", "country_name", "is_country_code", "normalize_country_code"]

#: Codes outside ISO 3166-1 that news data uses for real states.
EXTRA_CODES: dict[str, str] = {"XKX": "Kosovo"}


@cache
def _alpha3_names() -> dict[str, str]:
    names = {c.alpha_3: c.name for c in pycountry.countries}
    names.update(EXTRA_CODES)
    return names


@cache
def _alpha2_to_alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def is_country_code(code: str) -> bool:
    """Whether ``code`` is a known ISO 3166-1 alpha-3 code (upper case)."""
    return code in _alpha3_names()


def country_name(code: str) -> str:
    """The ISO short name of an alpha-3 code (``"ISR"`` -> ``"Israel"``).

    Raises:
        KeyError: the code is unknown.
    """
    return _alpha3_names()[code]


def normalize_country_code(code: str) -> str:
    """Check ``code`` and return it; the error hints at the right form.

    Raises:
        ValueError: the code is not a known alpha-3 code.
    """
    if not isinstance(code, str):
        raise ValueError(f"must be an ISO 3166-1 alpha-3 code string (got {code!r})")
    if is_country_code(code):
        return code
    hint = ""
    upper = code.strip().upper()
    if is_country_code(upper):
        hint = f"; did you mean {upper!r}?"
    elif upper in _alpha2_to_alpha3():
        hint = f"; {upper!r} is alpha-2, the alpha-3 code is {_alpha2_to_alpha3()[upper]!r}"
    raise ValueError(f"must be a known ISO 3166-1 alpha-3 code (got {code!r}){hint}")


CountryCode = Annotated[
    str,
    AfterValidator(normalize_country_code),
    Field(
        json_schema_extra={"pattern": "^[A-Z]{3}$"},
        description="ISO 3166-1 alpha-3 code (or XKX for Kosovo).",
        examples=["ISR", "EGY", "USA"],
    ),
]
"""An ISO 3166-1 alpha-3 code, validated against the ISO list."""
