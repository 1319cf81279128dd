"""Every rule fires on its triggering cases and stays quiet on its clean ones (cases in
`cases.py`)."""

from __future__ import annotations

import pytest

from diplomod import RuleRegistry, validate
from tests.validate.cases import CASES, Case


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_case(case: Case) -> None:
    findings = validate(case.reports, select=case.code, knowledge=case.knowledge,
                        tolerance=case.tolerance)
    assert {f.code for f in findings} <= {case.code}
    if case.triggers:
        assert findings, f"{case.code} did not fire on {case.name}"
        assert case.message in findings[0].message
        rule = RuleRegistry.default()[case.code]
        assert all(f.severity is rule.default_severity for f in findings)
        assert all(f.slug == rule.slug for f in findings)
    else:
        assert findings == [], "\n".join(map(str, findings))


def test_every_rule_has_a_triggering_and_a_clean_case() -> None:
    codes = set(RuleRegistry.default().codes)
    assert {c.code for c in CASES if c.triggers} == codes
    assert {c.code for c in CASES if not c.triggers} == codes


def test_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", [c for c in CASES if c.triggers], ids=lambda c: c.id)
def test_findings_name_their_objects_and_documents(case: Case) -> None:
    findings = validate(case.reports, select=case.code, knowledge=case.knowledge,
                        tolerance=case.tolerance)
    doc_ids = {r.document.id for r in case.reports}
    object_ids = {o.id for r in case.reports for o in r.objects()}
    for finding in findings:
        assert finding.document_ids
        assert set(finding.document_ids) <= doc_ids
        assert set(finding.object_ids) <= object_ids
        assert finding.message[0].islower() or finding.message[0].isupper()


def test_evidence_of_every_object_involved_is_kept() -> None:
    from diplomod import Evidence
    from tests.validate.cases import claim, report

    ev1 = Evidence.manual("first statement", document_id="doc-1")
    ev2 = Evidence.manual("second statement", document_id="doc-1")
    findings = validate(report(casualty_claims=[
        claim("c1", "killed", 1200, group="Israelis", claimed_by="Israel", evidence=(ev1,)),
        claim("c2", "killed", 1400, group="Israelis", claimed_by="AFP", evidence=(ev2, ev1)),
    ]), select="C103")
    assert len(findings) == 1
    assert findings[0].object_ids == ("c1", "c2")
    assert findings[0].evidence == (ev1, ev2)


def test_the_seed_000_reference_list_shape_fires_four_times() -> None:
    """Seed 000 lists four sources published 13 or 14 February, all 'Accessed February 10'."""
    import datetime as dt

    from tests.validate.cases import SEED_000_CITATION, doc, report

    refs = [SEED_000_CITATION.model_copy(update={"id": f"ref-{i}", "published": day})
            for i, day in enumerate(["2024-02-13", "2024-02-13", "2024-02-14", "2024-02-13"])]
    findings = validate(report(doc("000_291bd1bec57b5fdf", dt.date(2024, 2, 15)),
                               citations=refs))
    assert [f.code for f in findings] == ["D103"] * 4
    assert all(f.severity == "error" for f in findings)
    assert str(findings[0]).startswith("000_291bd1bec57b5fdf  D103 error  citation 'Aawsat: ")
