"""The public surface of ``govnews``: ``__all__`` is sorted and complete, and every public
function, class and method reachable from it documents itself with a runnable example.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any, Protocol

import pytest

import govnews


def _natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order: runs of digits compare as numbers, everything else by code point."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name) if part)


def _ruf022_key(name: str) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    """ruff's RUF022 "isort-style" key: SCREAMING_SNAKE_CASE, then CamelCase, then the rest."""
    cased = [c for c in name if c.isalpha()]
    if len(name) > 1 and cased and all(c.isupper() for c in cased):
        group = 0
    elif name[:1].isupper():
        group = 1
    else:
        group = 2
    return group, _natural_key(name)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["parse", "Span", "SCHEMA"], ["SCHEMA", "Span", "parse"]),
        (["b10", "b9", "B2"], ["B2", "b9", "b10"]),
        (
            ["__version__", "decode", "DEFAULT_PIPELINE", "Document", "A"],
            ["DEFAULT_PIPELINE", "A", "Document", "__version__", "decode"],
        ),
    ],
)
def test_ruf022_key_orders_like_ruff(names: list[str], expected: list[str]) -> None:
    assert sorted(names, key=_ruf022_key) == expected


def test_all_is_sorted_like_ruf022() -> None:
    names = list(govnews.__all__)
    assert names == sorted(names, key=_ruf022_key)


def test_all_has_no_duplicates() -> None:
    assert len(govnews.__all__) == len(set(govnews.__all__))


@pytest.mark.parametrize("name", govnews.__all__)
def test_every_name_in_all_exists(name: str) -> None:
    assert hasattr(govnews, name), f"govnews.__all__ lists {name!r}, which govnews does not define"


def test_version_is_a_string() -> None:
    assert isinstance(govnews.__version__, str) and govnews.__version__


# --------------------------------------------------------------------------- docstrings


def _has_example(obj: Any) -> bool:
    doc = inspect.getdoc(obj) if not isinstance(obj, property) else obj.__doc__
    return bool(doc) and ">>>" in (doc or "")


def _is_protocol(cls: type) -> bool:
    return bool(getattr(cls, "_is_protocol", False)) and Protocol in getattr(cls, "__mro__", ())


def _public_members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public methods, class/static methods and properties a class defines itself.

    Members of a ``Protocol`` are declarations of the interface, documented (with an
    example) in the protocol's own docstring, and are not listed.
    """
    if _is_protocol(cls):
        return
    for key, value in vars(cls).items():
        if key.startswith("_"):
            continue
        if isinstance(value, (classmethod, staticmethod)):
            yield key, value.__func__
        elif isinstance(value, property) or inspect.isfunction(value):
            yield key, value


def _public_api() -> list[tuple[str, Any]]:
    """Every public function, class and method reachable from ``govnews.__all__``.

    Constants (``DEFAULT_PIPELINE``, ``DEFAULT_NOISE_RULES``) contribute their class.
    """
    seen: set[int] = set()
    out: list[tuple[str, Any]] = []
    for name in govnews.__all__:
        obj = getattr(govnews, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            obj = type(obj)
            if obj.__module__ == "builtins":
                continue
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        label = obj.__name__
        out.append((label, obj))
        if inspect.isclass(obj):
            out.extend((f"{label}.{key}", member) for key, member in _public_members(obj))
    return out


def _missing_examples() -> list[str]:
    return [label for label, obj in _public_api() if not _has_example(obj)]


def test_public_api_walk_finds_the_main_entry_points() -> None:
    labels = {label for label, _ in _public_api()}
    assert {"parse", "Document", "Document.to_dict", "Pipeline.add", "Span.overlaps", "NoiseRules.without"} <= labels
    assert "Parser.scan" not in labels  # protocol members are interface declarations
    assert not any(label.split(".")[-1].startswith("_") for label in labels)


def test_example_check_tells_documented_from_undocumented() -> None:
    def documented() -> None:
        """Does nothing.

        >>> documented()
        """

    def undocumented() -> None:
        """Does nothing."""

    assert _has_example(documented) and not _has_example(undocumented)
    assert not _has_example(lambda: None)


# Names allowed to lack a ``>>>`` example (space-separated). Empty: every public name has one;
# keep it empty.
_KNOWN_MISSING = ""


def test_no_public_name_added_without_a_doctest() -> None:
    """Whatever the known gaps, a public name added from now on brings its example."""
    new = sorted(set(_missing_examples()) - set(_KNOWN_MISSING.split()))
    assert not new, "no >>> example in the docstring of: " + ", ".join(new)


def test_every_public_function_class_and_method_has_a_doctest() -> None:
    missing = _missing_examples()
    assert not missing, "no >>> example in the docstring of: " + ", ".join(missing)
