"""Benchmark corpora: the seeds, a large mix built from them, and hostile inputs.

Everything is generated deterministically from the seed pages in ``seeds/`` and a
fixed random seed, so two runs on two machines time the same text.

>>> mix = build_mix(200_000)
>>> 200_000 <= sum(len(d.encode()) for d in mix) < 260_000
True
>>> sorted(hostile_inputs(10_000))[:3]
['( and （', 'digits', 'endless line']
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

__all__ = ["build_mix", "hostile_inputs", "parse_size", "seed_texts", "utf8_len"]

_DIGITS = regex.compile(r"[0-9]+")
_CN_DIGIT = regex.compile(r"[一二三四五六七八九]")
_PUNCT = regex.compile(r"[\p{P}\p{S}\s]+")


def utf8_len(text: str) -> int:
    """Size of ``text`` in UTF-8 bytes (``surrogatepass`` so that junk counts too).

    >>> utf8_len("本报a")
    7
    """
    return len(text.encode("utf-8", "surrogatepass"))


def parse_size(s: str) -> int:
    """``"5MB"``, ``"512KB"``, ``"1.5 MB"`` or plain bytes as an int (decimal units).

    >>> parse_size("5MB"), parse_size("512kb"), parse_size("1000")
    (5000000, 512000, 1000)
    """
    t = s.strip().upper().replace(" ", "")
    for suffix, mult in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3), ("B", 1)):
        if t.endswith(suffix):
            return int(float(t[: -len(suffix)]) * mult)
    return int(float(t))


def seed_texts() -> list[str]:
    """The seed pages, in name order.

    >>> len(seed_texts()) >= 1
    True
    """
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _vary(text: str, rng: random.Random) -> str:
    """The page with every digit run replaced by a random number of the same length,
    and some Chinese digits swapped for others, so that caches of repeated tokens do
    not flatter the figures."""

    def digits(m: regex.Match[str]) -> str:
        n = len(m.group())
        first = str(rng.randint(1, 9)) if n > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

    def cn(m: regex.Match[str]) -> str:
        return "一二三四五六七八九"[rng.randrange(9)] if rng.random() < 0.5 else m.group()

    return _CN_DIGIT.sub(cn, _DIGITS.sub(digits, text))


def build_mix(target_bytes: int, *, seed: int = 7) -> list[str]:
    """Pages built from the seeds by repetition with varied numbers, until ``target_bytes``
    of UTF-8 are reached; each page is one seed, varied."""
    seeds = seed_texts()
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    i = 0
    while total < target_bytes:
        page = _vary(seeds[i % len(seeds)], rng)
        out.append(page)
        total += utf8_len(page)
        i += 1
    return out


def _repeat(unit: str, size: int) -> str:
    n = max(1, size // max(1, utf8_len(unit)))
    return unit * n


def _random_cjk(size: int, rng: random.Random) -> str:
    n = size // 3
    return "".join(chr(c) for c in rng.choices(range(0x4E00, 0x9FA6), k=n))


def _endless_line(size: int, rng: random.Random) -> str:
    """Ordinary news text with every punctuation mark, space and line break removed."""
    text = "".join(_PUNCT.sub("", p) for p in build_mix(size, seed=rng.randrange(1 << 30)))
    return text[: size // 3]


def _one_char_lines(size: int, rng: random.Random) -> str:
    """100 000 one-character lines per MB, of CJK characters and digits."""
    lines = max(1, size // 10)
    alphabet = "本报讯记者一二三四五六七八九十亿万元人年月日0123456789（(　"
    return "\n".join(rng.choices(alphabet, k=lines))


def _trigger_soup(size: int, rng: random.Random) -> str:
    """Random runs of the tokens every stage triggers on."""
    tokens = [
        "本报", "讯", "电", "记者", "通讯员", "(", ")", "（", "）", "【", "】", "一", "二", "十", "百", "千",
        "万", "亿", "元", "人", "年", "月", "日", "第", "近", "余", "多", "以上", "、", "。", "，", "：", ":",
        "\n", " ", "　", "1", "23", "4.5", "%", "——", "·", "•", "作者", "编辑", "发布时间", "版权所有",
        "发(fā)", "縣", "２０", "*", "《", "》", "一、", "（一）", "1.", "新华社", "北京",
    ]
    parts: list[str] = []
    total = 0
    while total < size:
        t = rng.choice(tokens)
        parts.append(t)
        total += utf8_len(t)
    return "".join(parts)


def hostile_inputs(size: int = 1_000_000, *, seed: int = 11) -> dict[str, str]:
    """Inputs built to attack backtracking regexes and quadratic loops, each about
    ``size`` bytes of UTF-8 (the one-character-line input: ``size // 10`` lines)."""
    rng = random.Random(seed)
    makers: dict[str, Callable[[], str]] = {
        "本报 ×": lambda: _repeat("本报", size),
        "digits": lambda: "".join(rng.choices("0123456789", k=size)),
        "( and （": lambda: _repeat("(（", size),
        "一亿 ×": lambda: _repeat("一亿", size),
        "记者 ×": lambda: _repeat("记者", size),
        # a page of bylines flattened to one line: brackets of both widths, 【】, text between
        "bylines, one line": lambda: _repeat(
            "（记者 张三 李四）(通讯员 王五)全县召开会议。【记者 赵六】（新华社记者 孙七 摄）", size
        ),
        "endless line": lambda: _endless_line(size, rng),
        "one-char lines": lambda: _one_char_lines(size, rng),
        "random CJK": lambda: _random_cjk(size, rng),
        "trigger soup": lambda: _trigger_soup(size, rng),
        "traditional line": lambda: _repeat("縣委常委副縣長調(diào)度推進(jìn)產(chǎn)教融合", size),
        "full-width digits": lambda: _repeat("２０２４年４月３日１２３４５６７８９０．５％", size),
    }
    return {name: make() for name, make in makers.items()}
