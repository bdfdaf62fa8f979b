"""Numeral tokens to exact :class:`~decimal.Decimal` values.

:func:`parse_number` reads one numeral token in every form a Chinese page writes:

* Arabic digits, half or full width, with ``,`` thousands separators and ``.``, ``．``
  or a middle dot ``·`` as the decimal point (``１３·４``);
* Chinese numerals, lower case and financial (壹贰叁…拾佰仟), simplified and
  traditional (萬/億, 兩, 貳, 參, 陸), with ``零``/``〇``/``○``, ``两``, ``廿``/``卅``,
  ``点`` for decimals, and digit strings read digit by digit (``二○○二``);
* mixed forms (``2.7亿``, ``1万3``, ``5万4千6百``, ``1千零1``, ``3 万``);
* the elided last digit of colloquial numerals (``三千五`` = 3500, ``九萬四`` = 94000,
  ``1万3`` = 13000, but ``一万零三`` = 10003);
* a sign (``-3.9``, ``负3.9``) and a percentage written out (``百分之九十八``, ``百分之百``).

Multipliers are applied with ``Decimal``, never ``float``, so ``1.23456万`` is exactly
``12345.6``. The token is the whole input: this module does not search text (see
:mod:`govnews.facts` for that). Everything is read here, by one small state machine over
the token's pieces; nothing is delegated to ``cn2an`` (the tests check both agree where
``cn2an`` reads a form correctly).

>>> parse_number("2.7亿")
Decimal('270000000')
>>> parse_number("百分之三点五")
Decimal('3.5')
>>> parse_number("二十五万六千"), parse_number("25万6千"), parse_number("九萬四")
(Decimal('256000'), Decimal('256000'), Decimal('94000'))
>>> parse_number("一万零一十八点一五"), parse_number("负3.9"), parse_number("１３·４亿")
(Decimal('10018.15'), Decimal('-3.9'), Decimal('1340000000'))
>>> parse_number("一企一策")
Traceback (most recent call last):
...
ValueError: not a number: '一企一策'
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation, localcontext

__all__ = ["CN_DIGITS", "CN_NUMERAL_CHARS", "canonical", "fold_digits", "parse_number"]

#: Chinese digits (with 两, 〇/○, the financial forms and traditional 兩), value 0–9.
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
    "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: every character that may occur in a Chinese numeral token (digits, 十百千, 万亿, 廿卅).
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(_CN_SMALL_UNITS) + "".join(_CN_BIG_UNITS) + "廿卅"

_ZEROS = frozenset("零〇○")
_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．，－＋"}
_TENS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})
# a middle dot (or a bullet mistaken for one) between digits is a decimal point: １３·４
_MID_DOT = re.compile(r"(?<=[0-9])[·•・‧](?=[0-9])")
# white space before 万/亿 after a digit: 177.1 亿, 3 万
_SPACE_BIG = re.compile(r"(?<=[0-9])[ \u3000\xa0]+(?=[万萬亿億])")
_ARABIC = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
_PIECE = re.compile(
    rf"(?P<n>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)|(?P<d>[{''.join(CN_DIGITS)}])"
    rf"|(?P<s>[{''.join(_CN_SMALL_UNITS)}])|(?P<b>[{''.join(_CN_BIG_UNITS)}])|(?P<p>[点點])"
)
_SIGN = re.compile(r"^(?:[-−+]|负|負)")
_PERCENT = re.compile(r"^(?:百分之|千分之)")


def fold_digits(s: str) -> str:
    """Full-width digits, point, comma and signs folded to ASCII.

    >>> fold_digits("１２．５")
    '12.5'
    """
    return s.translate(_FULLWIDTH)


def _pieces(t: str) -> list[tuple[str, str]]:
    """``t`` cut into (kind, text) pieces: ``n`` Arabic, ``d`` digit, ``s`` 十百千, ``b`` 万亿, ``p`` 点."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _PIECE.finditer(t):
        if m.start() != pos:
            raise ValueError(t)
        kind = m.lastgroup
        assert kind is not None
        out.append((kind, m.group()))
        pos = m.end()
    if pos != len(t) or not out:
        raise ValueError(t)
    return out


def _read(t: str) -> Decimal:
    """The value of an unsigned numeral ``t`` (folded, tens expanded); ``ValueError`` if none."""
    if _ARABIC.fullmatch(t):
        return Decimal(t.replace(",", ""))
    pieces = _pieces(t)
    if len(pieces) == 1 and pieces[0][1] in _ZEROS:
        return Decimal(0)
    if (
        len(pieces) > 1
        and all(k == "d" and c not in "两兩" for k, c in pieces)
        and (len(pieces) > 2 or any(c in _ZEROS for _, c in pieces))
    ):
        # a digit string read digit by digit: 二〇一八, 二○○二 (三四 is a pair, not 34)
        return Decimal("".join(str(CN_DIGITS[c]) for _, c in pieces))
    total = Decimal(0)  # the value of the groups closed by 万/亿
    group_unit = 0  # the multiplier of the last group (a later group is smaller, or counts it)
    top_unit = 0  # the largest of 万/亿 met (no later group may use it again)
    section = Decimal(0)  # the current group below 万, without its pending digit
    num: Decimal | None = None  # the pending digit (or Arabic number) not yet multiplied
    last_small = 0  # the last 十/百/千 of the section (they must fall)
    prev = ""  # the kind of the previous piece; "z" for a zero
    before_num = ""  # the kind of the piece before the pending digit
    elidable = False  # the pending digit is one bare digit right after a unit: 三千五, 1万3
    i = 0
    while i < len(pieces):
        kind, s = pieces[i]
        i += 1
        if kind == "d" and s in _ZEROS:
            if prev in ("z", "n", "d") or (num is not None and prev != "p"):
                raise ValueError(t)
            if num is None:
                num = Decimal(0)
                elidable = False
            prev = "z"
            continue
        if kind in ("d", "n"):
            if prev in ("d", "n"):
                raise ValueError(t)  # 三四, 3五: two numbers, not one
            before_num = prev
            num = Decimal(CN_DIGITS[s]) if kind == "d" else Decimal(s.replace(",", ""))
            elidable = before_num in ("s", "b") and (kind == "d" or (s.isdigit() and len(s) == 1))
            prev = kind
            continue
        if kind == "p":
            digits = ""
            while i < len(pieces) and (
                (pieces[i][0] == "d" and pieces[i][1] not in "两兩") or (pieces[i][0] == "n" and pieces[i][1].isdigit())
            ):
                c = pieces[i][1]
                digits += str(CN_DIGITS[c]) if pieces[i][0] == "d" else c
                i += 1
            if not digits or prev == "n" or (num is None and prev not in ("s", "b")):
                raise ValueError(t)  # 点五, 3点5
            num = (num or Decimal(0)) + Decimal("0." + digits)
            elidable = False
            prev = "f"  # a fraction: only 万/亿 or the end may follow
            continue
        if kind == "s":
            unit = _CN_SMALL_UNITS[s]
            if prev == "f" or (last_small and unit >= last_small):
                raise ValueError(t)
            if num is None:
                if unit != 10:
                    raise ValueError(t)  # 百, 千 alone: not a numeral
                num = Decimal(1)  # 十五, 一百十
            section += num * unit
            num, last_small, elidable, prev = None, unit, False, "s"
            continue
        # kind == "b": 万, 亿
        unit = _CN_BIG_UNITS[s]
        if prev == "b":
            # 万亿: a multiplier on a multiplier, over the whole value so far
            total *= unit
            group_unit *= unit
            top_unit = max(top_unit, unit)
            continue
        value = section + (num or Decimal(0))
        if num is None and not section:
            raise ValueError(t)
        if group_unit and unit >= group_unit:
            if unit <= top_unit:
                raise ValueError(t)  # 3亿5万2亿: a unit used twice
            # 一万零一亿: the groups so far, with this one, count the larger unit
            total = (total + value) * unit
        else:
            total += value * unit
        group_unit, top_unit = unit, max(top_unit, unit)
        section, num, last_small, elidable, prev = Decimal(0), None, 0, False, "b"
    if prev in ("", "z"):
        raise ValueError(t)  # nothing read, or a trailing 零 that says nothing: 一百零
    if num is not None:
        if elidable:
            # 三千五: the last digit counts in the unit below the one before it
            scale = last_small if before_num == "s" else group_unit
            num *= Decimal(scale) / 10
        section += num
    return total + section


@functools.lru_cache(maxsize=8192)
def _parse(token: str) -> Decimal:
    t = fold_digits(token.strip())
    t = _SPACE_BIG.sub("", _MID_DOT.sub(".", t))
    negative = False
    sign = _SIGN.match(t)
    if sign:
        negative = sign.group() in ("-", "−", "负", "負")
        t = t[sign.end() :]
    percent = _PERCENT.match(t)
    if percent:
        t = t[percent.end() :]
        if t == "百" and percent.group() == "百分之":
            t = "一百"  # 百分之百
    if not t:
        raise ValueError(token)
    value = _read(t.translate(_TENS))
    return -value if negative else value


def parse_number(token: str) -> Decimal:
    """The exact value of one numeral token; ``ValueError`` if it is not a number.

    Arabic, Chinese and mixed forms are all accepted, a leading ``-`` or ``负`` makes
    the value negative, and a leading ``百分之`` (or ``千分之``) is read as a
    percentage (the number of percent is returned).

    >>> parse_number("1,234.5"), parse_number("１２３")
    (Decimal('1234.5'), Decimal('123'))
    >>> parse_number("两千"), parse_number("廿三"), parse_number("二〇一八"), parse_number("二○○二")
    (Decimal('2000'), Decimal('23'), Decimal('2018'), Decimal('2002'))
    >>> parse_number("3541.07万"), parse_number("1.2万亿"), parse_number("177.1 亿")
    (Decimal('35410700'), Decimal('1200000000000'), Decimal('17710000000'))
    >>> parse_number("百分之九十八"), parse_number("百分之百"), parse_number("壹萬三")
    (Decimal('98'), Decimal('100'), Decimal('13000'))
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
    if value.as_tuple().exponent == 0:
        return value  # an integer without an exponent (most are): what the quantize below gives
    with localcontext() as ctx:
        # exact whatever the size: enough digits for the integer part (the default is 28)
        ctx.prec = max(ctx.prec, value.adjusted() + 30)
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
