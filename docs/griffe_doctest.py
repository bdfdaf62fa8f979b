"""A griffe extension for the API reference: doctest blocks become ``pycon`` code blocks.

The docstrings of govnews carry their examples as bare doctest blocks (``>>>`` lines,
ended by a blank line), which pytest runs. Markdown would run such a block together into
one paragraph; this extension fences each block before mkdocstrings renders it.

>>> fence_doctests("Text.\\n\\n>>> 1 + 1\\n2\\n\\nMore.").split("\\n")
['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
>>> fence_doctests("```\\n>>> kept\\n```").count("```")
2
"""

from __future__ import annotations

from typing import Any

try:
    from griffe import Extension
except ImportError:  # pragma: no cover - only the docs extra installs griffe; pytest imports this file anyway
    Extension = object  # type: ignore[assignment,misc]

__all__ = ["DoctestBlocks", "fence_doctests"]


def fence_doctests(text: str) -> str:
    """Wrap every doctest block of ``text`` that is not already inside a code fence."""
    out: list[str] = []
    in_fence = in_block = False
    for line in text.split("\n"):
        stripped = line.strip()
        if in_block and not stripped:
            out.append("```")
            in_block = False
        elif not in_block and stripped.startswith("```"):
            in_fence = not in_fence
        elif not in_block and not in_fence and stripped.startswith(">>>"):
            out.append("```pycon")
            in_block = True
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


class DoctestBlocks(Extension):  # type: ignore[misc,valid-type]
    """Fences the doctest blocks of every docstring once griffe has loaded the package."""

    def on_object(self, *, obj: Any, **kwargs: Any) -> None:
        """Rewrite ``obj``'s docstring before it is parsed."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
