"""Decoding page bytes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews import decode, decode_with_encoding


@pytest.mark.parametrize("name", ["000_664648941909724b.txt", "001_b714de6270e71cd8.txt", "004_9edef7fd07144422.txt"])
def test_gbk_pages_decode_without_mojibake(seed_texts: dict[str, str], name: str) -> None:
    text = seed_texts[name]
    data = text.encode("gb18030")
    got, enc = decode_with_encoding(data)
    assert got == text
    assert enc == "gb18030"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("縣委常委、副縣長周發家調度推進產教融合工作", "big5", "big5"),
        ("本报聊城7月23日讯(记者 张同建)", "gbk", "gb18030"),
        ("本报聊城7月23日讯(记者 张同建)", "utf-8", "utf-8"),
        ("本报讯", "utf-8-sig", "utf-8-sig"),
        ("本报讯", "utf-16", "utf-16"),
        ("plain ascii", "ascii", "utf-8"),
    ],
)
def test_encodings(text: str, encoding: str, expected: str) -> None:
    assert decode_with_encoding(text.encode(encoding)) == (text, expected)


def test_undecodable_bytes_replace() -> None:
    text, enc = decode_with_encoding(b"\xff\xfe\xfd\x80abc"[2:] + b"\x81")
    assert enc in {"utf-8+replace", "gb18030", "big5"}
    assert isinstance(text, str)


@given(st.binary(max_size=200))
def test_any_bytes(data: bytes) -> None:
    assert isinstance(decode(data), str)


def test_type_error() -> None:
    with pytest.raises(TypeError):
        decode("str")  # type: ignore[arg-type]
