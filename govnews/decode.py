"""Decoding page bytes: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5.

>>> decode("本报讯".encode("gbk"))
'本报讯'
>>> decode_with_encoding("縣委常委".encode("big5"))
('縣委常委', 'big5')
>>> decode_with_encoding("\\ufeff本报讯".encode("utf-8"))
('本报讯', 'utf-8-sig')
"""

from __future__ import annotations

import re

__all__ = ["DecodeError", "decode", "decode_with_encoding"]


class DecodeError(ValueError):
    """Bytes that are not a text page: binary data, or UTF-16 without a byte-order mark.

    Raised by :func:`decode_with_encoding` with ``strict=True`` only; the message names the problem.
    """

# Frequent characters of news text, in simplified and traditional forms: a decoding
# that produces many of them is the right one.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明"
    "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料"
    "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "这個國時來們會發動過說產種後經實與現點從業開還應當體機對報導縣區鄉鎮學員務進聯黨設將級為關問間"
    "記者電話網華東農門長們價觀讓車傳錢總領專條結選據應轉難歡"
)


def _score(text: str) -> float:
    if not text:
        return 0.0
    common = sum(1 for c in text if c in _COMMON)
    odd = sum(1 for c in text if "\ue000" <= c <= "\uf8ff" or "\u3400" <= c <= "\u4dbf")
    return (common - 3 * odd) / len(text)


# C0 control characters that no text page holds (tab, line feed, vertical tab, form
# feed, carriage return and escape are left out: pages do hold them).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_SHARE = 0.05  # more than this share of control characters: binary data
_SAMPLE = 65536  # bytes looked at to judge UTF-16 and binary data


def _binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    return bool(sample) and len(_CONTROL.findall(sample)) > _CONTROL_SHARE * len(sample)


def _utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: the decoding that reads strictly and looks like text."""
    if len(raw) < 2 or len(raw) % 2:
        return None
    sample = raw[:_SAMPLE]
    best: tuple[float, str, str] | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        head = text[: _SAMPLE // 2]
        if _binary(head):
            continue
        # ASCII in UTF-16 puts a NUL in every other byte; Chinese text scores on its common characters.
        ascii_share = sum(1 for c in head if " " <= c <= "~" or c in "\t\n\r") / max(len(head), 1)
        score = max(_score(head) * 3, ascii_share if 0 in sample else 0.0)
        if len(head) >= 4 and score > 0.6 and (best is None or score > best[0]):
            best = (score, text, enc)
    return None if best is None else (best[1], best[2])


def decode_with_encoding(data: bytes, *, strict: bool = False) -> tuple[str, str]:
    """Decode page bytes and say which encoding was used.

    Tries UTF-8 first (a BOM is removed), then GB18030 and Big5, keeping the decoding
    whose text looks most like Chinese. Bytes that no encoding reads strictly are
    decoded as UTF-8 with U+FFFD for the bad bytes, and the encoding is reported as
    ``'utf-8+replace'``.

    UTF-16 without a byte-order mark is recognised by its shape (a NUL in every other
    byte of ASCII, common Chinese characters when read as UTF-16). With ``strict=True``
    such bytes, and binary data (NUL bytes or many control characters), raise
    :class:`DecodeError` naming the problem instead of giving junk text; without it,
    UTF-16 is decoded and binary data is read as above.

    >>> decode_with_encoding("本报聊城7月23日讯".encode("gb18030"))
    ('本报聊城7月23日讯', 'gb18030')
    >>> decode_with_encoding("本报讯 正文。\\n".encode("utf-16-le"))
    ('本报讯 正文。\\n', 'utf-16-le')
    >>> decode_with_encoding("本报讯 正文。\\n".encode("utf-16-le"), strict=True)
    Traceback (most recent call last):
    ...
    govnews.decode.DecodeError: UTF-16 (utf-16-le) without a byte-order mark; convert it to UTF-8 or add a BOM
    >>> decode_with_encoding(bytes(range(256)) * 4, strict=True)
    Traceback (most recent call last):
    ...
    govnews.decode.DecodeError: binary data, not text (NUL bytes or control characters)
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    raw = bytes(data)
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:_SAMPLE] or not _utf8(raw):
        wide = _utf16(raw)
        if wide is not None:
            if strict:
                raise DecodeError(
                    f"UTF-16 ({wide[1]}) without a byte-order mark; convert it to UTF-8 or add a BOM"
                )
            return wide
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_binary(text, strict)
        return text, "utf-8"
    candidates: list[tuple[float, int, str, str]] = []
    for rank, enc in enumerate(("gb18030", "big5")):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), -rank, text, enc))
    if candidates:
        _, _, text, enc = max(candidates)
        _check_binary(text, strict)
        return text, enc
    text = raw.decode("utf-8", errors="replace")
    if strict and (b"\x00" in raw[:_SAMPLE] or _binary(text) or text.count("\ufffd") > _CONTROL_SHARE * len(text)):
        raise DecodeError("binary data, not text (NUL bytes or control characters)")
    return text, "utf-8+replace"


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_binary(text: str, strict: bool) -> None:
    if strict and ("\x00" in text[:_SAMPLE] or _binary(text)):
        raise DecodeError("binary data, not text (NUL bytes or control characters)")


def decode(data: bytes) -> str:
    """Decode page bytes to ``str`` (see :func:`decode_with_encoding`).

    >>> decode("(记者 张同建)".encode("utf-8"))
    '(记者 张同建)'
    """
    return decode_with_encoding(data)[0]
