"""Where the validators learn who held which office when.

The rules read tenure from the report first (each `Role`'s ``start`` and ``end``) and
then, for an actor resolved to the knowledge base (``Actor.kb_id``), from a
`TenureSource` passed as ``validate(..., knowledge=...)``. The knowledge base that ships
with diplomod is one such source; any object with these two methods is another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from diplomod.model.actor import Office, Role

__all__ = ["TenureSource"]


@runtime_checkable
class TenureSource(Protocol):
    """Knowledge of offices and of who held them when.

    A minimal source, e.g. for tests:

    >>> class Tenures:
    ...     def roles_of(self, kb_id):
    ...         return [Role(title="Director of the CIA", office_id="office/USA/cia_director",
    ...                      start="2021-03-19")] if kb_id == "william-burns" else []
    ...     def office(self, office_id):
    ...         return None
    >>> isinstance(Tenures(), TenureSource)
    True
    """

    def roles_of(self, kb_id: str) -> Sequence[Role]:
        """The roles (with tenure) of the actor with knowledge-base id ``kb_id``; empty
        when the source knows nothing about it."""
        ...

    def office(self, office_id: str) -> Office | None:
        """The office with id ``office_id``, or ``None`` when unknown."""
        ...
