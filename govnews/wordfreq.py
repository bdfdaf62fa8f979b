"""Common Chinese words: the evidence that a cut joins a word (``高`` + ``中`` → ``高中``).

The list ships with the package (``govnews/data/common_words.txt``, 54,622 words,
400 KB): the two-character words of frequency 20 or more and the three-character words
of frequency 50 or more in the dictionary of jieba 0.42.1 (MIT licence). It is read
once, on the first question, so a page that never asks never pays for it.

>>> is_common_word("队伍"), is_common_word("高中"), is_common_word("队离")
(True, True, False)
>>> is_common_word("")
False
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["common_words", "is_common_word"]


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The shipped word list as a set (read on the first call).

    >>> len(common_words()) > 50_000
    True
    """
    text = resources.files("govnews").joinpath("data/common_words.txt").read_text(encoding="utf-8")
    body = text[text.index("\n\n") + 2 :]  # the header: comment lines, then one blank line
    return frozenset(body.split())


def is_common_word(s: str) -> bool:
    """Whether ``s`` is a common Chinese word of two or three characters."""
    return 2 <= len(s) <= 3 and s in common_words()
