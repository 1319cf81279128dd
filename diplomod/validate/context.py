"""What a rule's check function receives besides the report: the rule itself, the
reports in view, the knowledge source, the tolerance, and a way to make findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from diplomod.model.actor import Actor, Office, Role
from diplomod.model.evidence import Evidence
from diplomod.model.report import Report
from diplomod.validate.finding import Finding
from diplomod.validate.registry import Rule
from diplomod.validate.tenure import TenureSource
from diplomod.vocab import Severity

__all__ = ["RuleContext"]


@attrs.frozen(slots=True)
class RuleContext:
    """Passed to every check as ``ctx``.

    A check yields ``ctx.finding(message, *objects)``: the finding gets the rule's code,
    slug and severity in effect, the ids and the evidence of every object named, and the
    id of the document.
    """

    rule: Rule
    """The rule being run."""
    reports: tuple[Report, ...]
    """The reports in view: one for a ``"report"`` rule, all for a ``"reports"`` rule."""
    knowledge: TenureSource | None = None
    """Where to look up offices and tenure beyond the report, if anywhere."""
    tolerance: float = 0.1
    """How far apart two figures may be, relative to the larger, before they disagree."""

    @property
    def severity(self) -> Severity:
        """The severity in effect for the rule."""
        return self.rule.severity

    @property
    def report(self) -> Report:
        """The report being checked (the first, for a ``"reports"`` rule)."""
        return self.reports[0]

    def finding(
        self,
        message: str,
        *objects: object,
        documents: Iterable[Report | str] | None = None,
    ) -> Finding:
        """A finding of this rule.

        Args:
            message: what is wrong and how to fix it, naming the objects and values.
            *objects: the objects involved; their ids and evidence go into the finding.
            documents: the reports (or document ids) involved; by default every report
                in view.
        """
        ids: list[str] = []
        evidence: list[Evidence] = []
        for obj in objects:
            obj_id = getattr(obj, "id", None)
            if isinstance(obj_id, str):
                ids.append(obj_id)
            for ev in getattr(obj, "evidence", ()) or ():
                if isinstance(ev, Evidence):
                    evidence.append(ev)
        docs = self.reports if documents is None else documents
        doc_ids = [d if isinstance(d, str) else d.document.id for d in docs]
        return Finding(
            code=self.rule.code,
            slug=self.rule.slug,
            severity=self.rule.severity,
            message=message,
            object_ids=tuple(dict.fromkeys(ids)),
            document_ids=tuple(dict.fromkeys(doc_ids)),
            evidence=tuple(dict.fromkeys(evidence)),
        )

    # -- knowledge --------------------------------------------------------------------------
    def known_roles(self, actor: Actor) -> Sequence[Role]:
        """The roles the knowledge source gives for ``actor`` (by its ``kb_id``); empty
        without a source, without a ``kb_id``, or when the source does not know it."""
        if self.knowledge is None or actor.kb_id is None:
            return ()
        try:
            return tuple(self.knowledge.roles_of(actor.kb_id))
        except LookupError:
            return ()

    def office(self, office_id: str) -> Office | None:
        """The office with this id from the knowledge source, if known."""
        if self.knowledge is None:
            return None
        try:
            return self.knowledge.office(office_id)
        except LookupError:
            return None
