"""Numeral tokens to exact :class:`~decimal.Decimal` values.

:func:`parse_number` reads one numeral token: Arabic digits (with ``,`` thousands
separators, decimals, full-width digits), Chinese numerals (with 两/〇/零/廿/卅, the
financial forms 壹贰叁…, and 点 for decimals), mixed forms (``2.7亿``, ``1.2万``,
``25万6千``) and percentages written out (``百分之九十八``). Multipliers are applied
with ``Decimal``, never ``float``, so ``1.23456万`` is exactly ``12345.6``.

Pure Chinese integer parts go through ``cn2an.cn2an`` (imported lazily, results
cached per token); everything else is parsed here. The token is the whole input:
this module does not search text (see :mod:`govnews.facts` for that).

>>> parse_number("2.7亿")
Decimal('270000000')
>>> parse_number("百分之三点五")
Decimal('3.5')
>>> parse_number("二十五万六千"), parse_number("25万6千")
(Decimal('256000'), Decimal('256000'))
>>> parse_number("一企一策")
Traceback (most recent call last):
...
ValueError: not a number: '一企一策'
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any

__all__ = ["CN_DIGITS", "CN_NUMERAL_CHARS", "canonical", "fold_digits", "parse_number"]

#: Chinese digits (with 两, 〇, the financial forms and traditional 兩), value 0–9.
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
    "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: every character that may occur in a Chinese numeral token (digits, 十百千, 万亿, 廿卅).
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(_CN_SMALL_UNITS) + "".join(_CN_BIG_UNITS) + "廿卅"

_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．，"}
_ARABIC = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
_ARABIC_MULT = re.compile(r"([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)([十百千])")
_CN_INT = re.compile(f"[{''.join(CN_DIGITS)}{''.join(_CN_SMALL_UNITS)}廿卅]+")
_CN_FRACTION = re.compile(f"[{''.join(CN_DIGITS)}]+")
_BIG = re.compile(r"([^万萬亿億]*)(万亿|萬億|亿|億|万|萬)")
_PERCENT = re.compile(r"^(?:百分之|千分之)")


def fold_digits(s: str) -> str:
    """Full-width digits, point and comma folded to ASCII.

    >>> fold_digits("１２．５")
    '12.5'
    """
    return s.translate(_FULLWIDTH)


@functools.lru_cache(maxsize=1)
def _cn2an() -> Any:
    import cn2an  # ~0.1 s to import: only when a Chinese numeral is met

    return cn2an


@functools.lru_cache(maxsize=4096)
def _cn_int(token: str) -> int:
    """A pure Chinese integer numeral, through ``cn2an`` (cached per token)."""
    token = token.replace("廿", "二十").replace("卅", "三十").replace("兩", "两")
    if not token or (token[0] in _CN_SMALL_UNITS and token[0] not in "十拾"):
        raise ValueError(token)
    if all(c in CN_DIGITS for c in token) and len(token) > 1:
        # a digit string read digit by digit (二〇一八): cn2an does it, but do it exactly
        return int("".join(str(CN_DIGITS[c]) for c in token))
    try:
        value = _cn2an().cn2an(token, "normal")
    except Exception as exc:  # cn2an raises ValueError (and on odd input, others)
        raise ValueError(token) from exc
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(token)
        value = int(value)
    if not isinstance(value, int):
        raise ValueError(token)
    return value


def _section(s: str) -> Decimal:
    """One section below 万: Arabic (``3541.07``, ``6千``) or Chinese (``三千五``, ``三点五``)."""
    if _ARABIC.fullmatch(s):
        return Decimal(s.replace(",", ""))
    m = _ARABIC_MULT.fullmatch(s)
    if m:
        return Decimal(m.group(1).replace(",", "")) * _CN_SMALL_UNITS[m.group(2)]
    whole, point, frac = s.partition("点")
    if point:
        if not _CN_FRACTION.fullmatch(frac):
            raise ValueError(s)
        digits = "".join(str(CN_DIGITS[c]) for c in frac)
        base = Decimal(0) if whole in ("零", "〇") else _cn_section_int(whole)
        return base + Decimal("0." + digits)
    return _cn_section_int(s)


def _cn_section_int(s: str) -> Decimal:
    if not _CN_INT.fullmatch(s):
        raise ValueError(s)
    return Decimal(_cn_int(s))


@functools.lru_cache(maxsize=8192)
def _parse(token: str) -> Decimal:
    t = fold_digits(token.strip())
    t = _PERCENT.sub("", t, count=1)
    if not t:
        raise ValueError(token)
    if _ARABIC.fullmatch(t):
        return Decimal(t.replace(",", ""))
    if _CN_INT.fullmatch(t.replace("万", "").replace("亿", "")) and "点" not in t and not any(c in "萬億" for c in t):
        # a pure Chinese integer (二十五万六千): cn2an reads it whole
        return Decimal(_cn_int(t)) if "万" in t or "亿" in t else _cn_section_int(t)
    total = Decimal(0)
    last_mult: int | None = None
    pos = 0
    for m in _BIG.finditer(t):
        if m.start() != pos:
            raise ValueError(token)
        pos = m.end()
        mult_s = m.group(2)
        mult = 10**12 if len(mult_s) == 2 else _CN_BIG_UNITS[mult_s]
        if last_mult is not None and mult >= last_mult:
            raise ValueError(token)
        last_mult = mult
        head = m.group(1)
        if not head:
            raise ValueError(token)
        total += _section(head) * mult
    rest = t[pos:]
    if rest:
        total += _section(rest)
    elif last_mult is None:
        raise ValueError(token)
    return total


def parse_number(token: str) -> Decimal:
    """The exact value of one numeral token; ``ValueError`` if it is not a number.

    Arabic, Chinese and mixed forms are all accepted, and a leading ``百分之`` (or
    ``千分之``) is read as a percentage (the number of percent is returned).

    >>> parse_number("1,234.5"), parse_number("１２３")
    (Decimal('1234.5'), Decimal('123'))
    >>> parse_number("两千"), parse_number("廿三"), parse_number("二〇一八")
    (Decimal('2000'), Decimal('23'), Decimal('2018'))
    >>> parse_number("3541.07万"), parse_number("1.2万亿")
    (Decimal('35410700'), Decimal('1200000000000'))
    >>> parse_number("百分之九十八")
    Decimal('98')
    >>> parse_number("")
    Traceback (most recent call last):
    ...
    ValueError: not a number: ''
    """
    if not isinstance(token, str):
        raise TypeError(f"parse_number() takes str, not {type(token).__name__}")
    if len(token) > 64:
        raise ValueError(f"not a number: {token[:20]!r}…")
    try:
        value = _parse(token)
    except (ValueError, InvalidOperation, KeyError, ArithmeticError):
        raise ValueError(f"not a number: {token!r}") from None
    return canonical(value)


def canonical(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and without an exponent for integers.

    >>> canonical(Decimal("270000000.0")), canonical(Decimal("12345.60000"))
    (Decimal('270000000'), Decimal('12345.6'))
    """
    with localcontext() as ctx:
        # exact whatever the size: enough digits for the integer part (the default is 28)
        ctx.prec = max(ctx.prec, value.adjusted() + 30)
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
