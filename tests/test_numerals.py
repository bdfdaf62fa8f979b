"""parse_number: Arabic, Chinese, mixed and percentage tokens to exact Decimals."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.numerals import parse_number

CASES = [
    # Arabic
    ("0", "0"),
    ("7", "7"),
    ("19", "19"),
    ("2000", "2000"),
    ("1,234", "1234"),
    ("12,345,678", "12345678"),
    ("3.5", "3.5"),
    ("14978.06", "14978.06"),
    ("0.05", "0.05"),
    ("１２３", "123"),
    ("１２．５", "12.5"),
    ("1,234.50", "1234.5"),
    # Chinese
    ("一", "1"),
    ("两", "2"),
    ("十", "10"),
    ("十一", "11"),
    ("二十", "20"),
    ("廿三", "23"),
    ("卅", "30"),
    ("一百零五", "105"),
    ("两千", "2000"),
    ("三千五", "3500"),
    ("一万零五", "10005"),
    ("二十五万六千", "256000"),
    ("两万三千四百五十六", "23456"),
    ("十亿", "1000000000"),
    ("三万亿", "3000000000000"),
    ("〇", "0"),
    ("二〇一八", "2018"),
    ("壹佰", "100"),
    ("三点五", "3.5"),
    ("零点零五", "0.05"),
    ("十二点三四", "12.34"),
    # mixed
    ("2.7亿", "270000000"),
    ("1.2万", "12000"),
    ("3541.07万", "35410700"),
    ("25万6千", "256000"),
    ("1.23456万", "12345.6"),
    ("3百万", "3000000"),
    ("5千", "5000"),
    ("1.2万亿", "1200000000000"),
    ("三点五亿", "350000000"),
    ("3亿5千万", "350000000"),
    ("１．５万", "15000"),
    # percentages written out
    ("百分之九十八", "98"),
    ("百分之三点五", "3.5"),
    ("百分之5", "5"),
]


@pytest.mark.parametrize(("token", "value"), CASES)
def test_parse_number(token: str, value: str) -> None:
    assert parse_number(token) == Decimal(value)


@pytest.mark.parametrize(
    "token",
    [
        "",
        " ",
        "abc",
        "万",
        "亿万",
        "百",
        "千",
        "3亿5万2亿",
        "5亿3亿",
        "一企一策",
        "十几",
        "2..3",
        "1,23",
        "三四十",
        "点五",
        "1.2.3",
        "百分之",
        "x5",
        "5x",
        "第一",
    ],
)
def test_not_a_number(token: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number(token)


def test_type_error() -> None:
    with pytest.raises(TypeError):
        parse_number(5)  # type: ignore[arg-type]


_CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """A plain reference writer of Chinese numerals (for the round trip)."""
    if n == 0:
        return "零"

    def below_10k(x: int) -> str:
        out, zero = "", False
        for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d = x // div % 10
            if d:
                if zero and out:
                    out += "零"
                out += _CN[d] + unit
                zero = False
            else:
                zero = True
        return out

    parts = []
    for unit, div in (("亿", 10**8), ("万", 10**4), ("", 1)):
        parts.append((x := n // div % (10**4 if div != 10**8 else 10**8), unit))
    out = ""
    pending_zero = False
    for x, unit in parts:
        if x == 0:
            pending_zero = bool(out)
            continue
        s = to_chinese(x) if x >= 10**4 else below_10k(x)
        if out and (pending_zero or x < 1000):
            out += "零"
        out += s + unit
        pending_zero = False
    return out


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_round_trip(n: int) -> None:
    assert parse_number(to_chinese(n)) == n


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_round_trip(d: Decimal) -> None:
    assert parse_number(format(d, "f")) == d


@given(
    st.integers(min_value=1, max_value=99999),
    st.integers(min_value=0, max_value=4),
    st.sampled_from([("万", 10**4), ("亿", 10**8)]),
)
def test_mixed_round_trip(digits: int, scale: int, mult: tuple[str, int]) -> None:
    d = Decimal(digits).scaleb(-scale)
    assert parse_number(f"{format(d, 'f')}{mult[0]}") == d * mult[1]


@given(st.text(max_size=30))
def test_total(s: str) -> None:
    try:
        v = parse_number(s)
    except ValueError:
        return
    assert isinstance(v, Decimal)


# ------------------------------------------------------------------ every written form reads back

_FIN = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
_TRADITIONAL = str.maketrans("万亿两", "萬億兩")
_UNIT_AFTER = re.compile("零(?=[一二三四五六七八九][十百千万亿])")


def to_mixed(n: int) -> str:
    """Arabic groups with Chinese 万/亿: 12万3456, 3亿零5万, 1万零3."""
    if n < 10**4:
        return str(n)
    out, started = "", False
    for unit, div in (("亿", 10**8), ("万", 10**4), ("", 1)):
        group = n // div % (10**4 if div < 10**8 else 10**4 * 10**4)
        if div == 10**8:
            group = n // div
        if group == 0:
            continue
        if started and group < 1000:
            out += "零"
        out += str(group) + unit
        started = True
    return out


def render(n: int, style: str) -> str:
    """``n`` written in one of the styles of Chinese pages."""
    s = to_chinese(n)
    if style == "lower":
        return s
    if style == "no_zero":
        return _UNIT_AFTER.sub("", s)  # 一千零五十 -> 一千五十: still one reading
    if style == "financial":
        return s.translate(_FIN)
    if style == "traditional":
        s = s.translate(_TRADITIONAL)
        return "兩" + s[1:] if s.startswith("二") and len(s) > 1 and s[1] in "千萬億" else s
    if style == "two":
        return "两" + s[1:] if s.startswith("二") and len(s) > 1 and s[1] in "百千万亿" else s
    return to_mixed(n)


STYLES = ["lower", "no_zero", "financial", "traditional", "two", "mixed"]


@given(st.integers(min_value=0, max_value=10**13 - 1), st.sampled_from(STYLES))
def test_every_style_reads_back(n: int, style: str) -> None:
    assert parse_number(render(n, style)) == n


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=1, max_value=10**4 - 1),
    st.sampled_from(["lower", "financial", "traditional", "mixed"]),
)
def test_decimals_read_back(whole: int, frac: int, style: str) -> None:
    digits = str(frac).rstrip("0") or "0"
    value = Decimal(f"{whole}.{digits}")
    if style == "mixed":
        text = f"{whole}.{digits}"
    else:
        cn = "零一二三四五六七八九" if style != "financial" else "零壹贰叁肆伍陆柒捌玖"
        text = render(whole, style) + "点" + "".join(cn[int(c)] for c in digits)
    assert parse_number(text) == value


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_agrees_with_cn2an_on_standard_forms(n: int) -> None:
    # cn2an reads the standard lower-case form correctly: both must agree there
    import cn2an

    s = to_chinese(n)
    assert parse_number(s) == Decimal(cn2an.cn2an(s, "normal"))


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_signs_read_back(n: int, frac: int) -> None:
    assert parse_number(f"-{n}") == -n
    assert parse_number("负" + to_chinese(n)) == -n
    assert parse_number(f"负{n}.{frac}") == -Decimal(f"{n}.{frac}")


@given(
    st.integers(min_value=10, max_value=10**8),
    st.integers(min_value=1, max_value=10**8),
    st.sampled_from(["至", "到", "-", "~", "～", "—", "--", "——"]),
    st.sampled_from(["lower", "traditional", "mixed"]),
)
def test_ranges_read_back_to_both_ends(a: int, gap: int, sep: str, style: str) -> None:
    from govnews.facts import find_facts

    b = a + gap
    text = f"共有{render(a, style)}{sep}{render(b, style)}人参加"
    facts = find_facts(text)
    assert len(facts) == 1, (text, facts)
    assert (facts[0].value, facts[0].value_max) == (a, b), text
