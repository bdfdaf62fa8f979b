"""HTML view of parsed pages (minimal first version)."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from govnews.document import Document

__all__ = ["render_html"]


def render_html(docs: Sequence[tuple[str, Document, str]]) -> str:
    """One self-contained HTML page showing each document's record.

    >>> from govnews import parse
    >>> "<html" in render_html([("x", parse("标题\\n正文。"), "标题\\n正文。")])
    True
    """
    body = []
    for name, doc, _text in docs:
        body.append(f"<h2>{html.escape(name)}</h2><pre>"
                    f"{html.escape(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))}</pre>")
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>govnews</title></head>"
            f"<body>{''.join(body)}</body></html>\n")
