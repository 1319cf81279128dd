"""The parser: news text in, Report out. (Stub: the pipeline is being built.)"""

from __future__ import annotations

import datetime as dt

from diplomod.model import Document, Report

__all__ = ["extract"]


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    document_id: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> Report:
    """Extract a Report from one English news article. (Stub.)"""
    return Report(document=Document(id=document_id or "document", title=title,
                                     publisher=publisher, published=published, text=text))
