"""comments.reading: every encoding a page dump arrives in decodes, nothing raises."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from comments.errors import InputError
from comments.reading import (
    BINARY_CONTROL_SHARE,
    binary_reason,
    control_share,
    decode_bytes,
    is_blank,
    read_text,
)

PAGE = "Café “quoted” — naïve résumé, 5 € and ½ of it.\nSecond line ✓"
# Text that cp1252 can encode (no ✓), with the characters cp1252 puts in 0x80-0x9F.
CP1252_PAGE = "Café “quoted” — naïve résumé, 5 € and ½ of it.\n‘Œuvre’ … ™ Šđ"[:-1]


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"],
)
def test_unicode_encodings_round_trip(encoding: str) -> None:
    # BOM-less UTF-32 is not sniffed; its codec names here mean "with an explicit BOM".
    data = PAGE.encode(encoding)
    if encoding.startswith("utf-32-"):
        bom = codecs.BOM_UTF32_LE if encoding.endswith("le") else codecs.BOM_UTF32_BE
        data = bom + data
    assert decode_bytes(data) == PAGE


def test_cp1252_page_decodes_with_its_punctuation() -> None:
    assert decode_bytes(CP1252_PAGE.encode("cp1252")) == CP1252_PAGE


def test_bytes_cp1252_leaves_undefined_fall_back_to_latin1() -> None:
    # 0x81 0x8D 0x8F 0x90 0x9D have no cp1252 character; latin-1 maps them to C1 controls.
    assert decode_bytes(b"a\x81b\x8d\x8f\x90\x9d\x93") == "a\x81b\x8d\x8f\x90\x9d“"


def test_one_stray_byte_in_utf8_costs_one_character() -> None:
    text = "Ünïcödé text ✓ " * 20
    data = text.encode() + b"\x96 end"
    assert decode_bytes(data) == text + "– end"


def test_cp1252_page_with_an_accidental_utf8_pair_stays_cp1252() -> None:
    # "Ã©" in cp1252 is the valid UTF-8 for "é"; the majority of invalid bytes wins.
    text = "déjà vu, naïve, façade, Ã© here"
    assert decode_bytes(text.encode("cp1252")) == text


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"") == ""


@given(st.binary(max_size=2000))
def test_any_bytes_decode_without_raising(data: bytes) -> None:
    assert isinstance(decode_bytes(data), str)


@given(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=300))
def test_utf8_text_round_trips(text: str) -> None:
    text = text.lstrip("\ufeff")  # a leading BOM is dropped by design
    assert decode_bytes(text.encode("utf-8")) == text


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_utf16_with_bom_round_trips(text: str) -> None:
    # U+0000 first would make the UTF-16-LE BOM read as UTF-32-LE's (FF FE 00 00).
    assume(not text.startswith("\x00"))
    assert decode_bytes(text.encode("utf-16")) == text


def test_read_text_reads_files(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-16"))
    assert read_text(path) == PAGE


def test_read_text_keeps_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"a\r\nb\rc\n")
    assert read_text(path) == "a\r\nb\rc\n"


def test_missing_file_raises_input_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: cannot read \(no such file\)"):
        read_text(tmp_path / "nope.txt")


def test_folder_raises_input_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=rf"{tmp_path.name}: cannot read \(is a directory\)"):
        read_text(tmp_path)


def test_random_bytes_are_binary() -> None:
    text = decode_bytes(os.urandom(1 << 16))
    reason = binary_reason(text)
    assert reason is not None and reason.startswith("binary data: ")
    assert control_share(text) > BINARY_CONTROL_SHARE


def test_page_with_stray_controls_is_text() -> None:
    text = ("A line of text with a bell \x07 and an escape \x1b[0m.\n" * 50) + "\x00"
    assert binary_reason(text) is None
    assert 0 < control_share(text) < BINARY_CONTROL_SHARE


def test_control_share_samples_long_texts() -> None:
    # Controls only in the middle of a long text are still seen (the sample holds a
    # third from the start, the middle and the end).
    text = "a" * 500_000 + "\x00" * 40_000 + "a" * 500_000
    assert control_share(text) > 0.25
    assert binary_reason(text) is not None


@pytest.mark.parametrize("text", ["", " ", "\n\r\n\t", "\u00a0\u200b\ufeff\u3000", "\x0c\x1c"])
def test_blank_texts(text: str) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", " \u200b.\u200b ", "\x00ok", "\x00"])
def test_texts_with_content_are_not_blank(text: str) -> None:
    assert not is_blank(text)
