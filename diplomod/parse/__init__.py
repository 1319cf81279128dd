"""The parser: one English news article in, one Report out.

Stages, each a module: `normalize` (Unicode, quotes, dashes, "14:th") -> `segment`
(sentences) -> `tokens` and `gazetteer` (knowledge-base names and titles) -> `actors`
(mentions) -> `resolve` (actors) -> `dates`, `numbers` -> facts (`meetings`,
`proposals`, `demands`, `casualties`, `citations`) -> Report.
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract", "parse_figure", "resolve_date"]


def __getattr__(name: str) -> Any:  # the public functions, imported on first use
    if name == "extract":
        from diplomod.parse.pipeline import extract

        return extract
    if name == "resolve_date":
        from diplomod.parse.dates import resolve_date

        return resolve_date
    if name == "parse_figure":
        from diplomod.parse.numbers import parse_figure

        return parse_figure
    raise AttributeError(f"module 'diplomod.parse' has no attribute {name!r}")
