"""Griffe extension for the docs build: show bare doctest blocks as code.

A docstring's ``>>>`` examples outside a Google-style ``Examples:`` section would
otherwise be read as Markdown (nested block quotes, and ``[...]`` output taken for
links). This wraps each such block, up to the next blank line, in a ``pycon`` fence and
drops ``# doctest:`` flags. ``Examples:`` sections are left to griffe, which already
renders them as code. Loaded from ``mkdocs.yml`` (``extensions:`` of the Python handler).
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Object

_FLAGS = re.compile(r"\s*#\s*doctest:.*$")
_SECTION = re.compile(r"^(\s*)([A-Za-z][A-Za-z ]*):\s*$")


def fence_doctests(text: str) -> str:
    """The docstring ``text`` with every bare doctest block fenced as ``pycon``."""
    lines = text.split("\n")
    out: list[str] = []
    examples_indent: int | None = None  # indentation of an "Examples:" header we are in
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if stripped and examples_indent is not None and indent <= examples_indent:
            examples_indent = None
        section = _SECTION.match(line)
        if section and not in_fence and section.group(2).strip().lower() == "examples":
            examples_indent = indent
        if stripped.startswith("```"):
            in_fence = not in_fence
        if stripped.startswith(">>>") and not in_fence and examples_indent is None:
            pad = line[:indent]
            out.append(f"{pad}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(_FLAGS.sub("", lines[i]))
                i += 1
            out.append(f"{pad}```")
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


class DoctestBlocks(Extension):
    """Fence bare doctest blocks in every docstring."""

    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
