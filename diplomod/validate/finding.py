"""Findings: what a validation rule reports."""

from __future__ import annotations

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.vocab import Severity

__all__ = ["Finding"]


class Finding(Model):
    """One problem a validation rule found, with everything needed to act on it.

    >>> f = Finding(code="D101", slug="meeting-after-publication", severity="error",
    ...             message="meeting 'm1' is dated 2024-02-20, after ...",
    ...             object_ids=("m1",), document_ids=("doc-1",))
    >>> str(f)
    "doc-1  D101 error  meeting 'm1' is dated 2024-02-20, after ..."
    """

    code: NonBlankStr
    """The rule's stable code (``D101``)."""
    slug: NonBlankStr
    """The rule's readable name (``meeting-after-publication``)."""
    severity: Severity
    """How serious the finding is, after any override."""
    message: NonBlankStr
    """What is wrong, naming the objects and values involved, and how to fix it."""
    object_ids: tuple[Identifier, ...] = ()
    """Ids of the objects involved (actors, meetings, proposals, claims, citations)."""
    document_ids: tuple[Identifier, ...] = ()
    """Ids of the documents the objects come from; more than one for cross-document
    findings."""
    evidence: tuple[Evidence, ...] = ()
    """The evidence of every object involved, without repeats."""

    @property
    def is_error(self) -> bool:
        """Whether the finding has error severity."""
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[int, str, tuple[str, ...], tuple[str, ...], str]:
        """Severity (most serious first), then code, documents, objects and message."""
        return (-self.severity.rank, self.code, self.document_ids, self.object_ids, self.message)

    def __str__(self) -> str:
        where = ",".join(self.document_ids) or "-"
        return f"{where}  {self.code} {self.severity.value}  {self.message}"
