"""The registry the built-in rules register into."""

from __future__ import annotations

from diplomod.validate.registry import RuleRegistry

__all__ = ["BUILTIN"]

BUILTIN = RuleRegistry()
"""diplomod's own rules. Use ``RuleRegistry.default()`` for a copy you can change."""
