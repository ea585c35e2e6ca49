"""Reading an import file's text: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else
the Windows/ISO code page whose reading gives words of one language, see ``guess_code_page``), the format (CSV or vCard), the CSV
delimiter (``,`` ``;`` tab ``|``, csv.Sniffer checked against how consistently each candidate
splits the first rows) and the CSV records (the stdlib ``csv`` module does the parsing)."""
from __future__ import annotations

import contextlib
import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from vault.errors import CrmError, UsageError
from vault.i18n import translate

DELIMITERS = [",", ";", "\t", "|"]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(CrmError):
    """The whole file cannot be read (binary, undecodable, empty, no usable columns)."""



_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read with; ImportFileError for binary or
    undecodable data."""
    text, enc, _ = decode_guess(data, encoding)
    return text, enc


def decode_guess(data: bytes, encoding: str | None = None) -> tuple[str, str, float]:
    """``decode`` with how sure the encoding is (0..1; 1 for a declared encoding, a BOM or UTF-8).
    Below ``SURE`` the import warns that the encoding was a guess."""
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise UsageError(translate("Errors", "unknown encoding {encoding}").format(encoding=repr(encoding))) from None
        except UnicodeDecodeError as exc:
            raise ImportFileError(translate("Errors", "the file is not valid {encoding} (byte {byte})").format(
                encoding=encoding, byte=exc.start)) from None
        return _check_text(text), encoding, 1.0
    if data.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16"
    else:
        enc = None
    if enc:
        try:
            return _check_text(data.decode(enc)), enc, 1.0
        except UnicodeDecodeError as exc:
            raise ImportFileError(translate("Errors", "the file starts like {encoding} but is not (byte {byte})").format(
                encoding=enc, byte=exc.start)) from None
    if b"\x00" in data[:65536]:
        raise ImportFileError(_binary())
    try:
        return _check_text(data.decode("utf-8")), "utf-8", 1.0
    except UnicodeDecodeError:
        pass
    for enc, confidence in guess_code_page(data):
        try:
            return _check_text(data.decode(enc)), enc, confidence
        except UnicodeDecodeError:
            continue  # a byte after the sample this code page does not have: the next best
    raise ImportFileError(translate("Errors", "the file's encoding could not be recognised (is it a text file?)"))


def _binary() -> str:
    return translate("Errors", "this is not a text file (it holds binary data); choose a CSV or vCard file")


def _check_text(text: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise ImportFileError(_binary())
    return text


# ----------------------------------------------------------------------------- code pages
# The single-byte code pages a file without a BOM that is not UTF-8 may be in, most common first
# (a tie goes to the earlier one).
CODE_PAGES = ("cp1252", "cp1250", "iso8859_2", "iso8859_15", "cp1251", "koi8_r", "cp1253")
SURE = 0.8  # below this, the import says the encoding was a guess
# the non-ASCII lower-case letters of each language's alphabet (a word whose letters fit none of
# them is a sign of the wrong code page: "£ódŸ", "Dvoøák", "Franзoise")
_LATIN = {
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű",
    "hr": "čćđšž", "sl": "čšž", "ro": "ăâîșțşţ", "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü",
    "pt": "áâãàçéêíóôõú", "it": "àèéìíîòóùú", "nl": "áéëïóöü", "da": "æøåé", "sv": "åäöé", "fi": "åäöšž",
    "is": "áðéíóúýþæö",
}
_OTHER = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя", "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "el": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋΐΰ",
}
_ALPHABETS = [(set(v), True) for v in _LATIN.values()] + [(set(v), False) for v in _OTHER.values()]
_TOKEN = re.compile(r"[^\x00-\x40\x5b-\x60\x7b-\x7f]*[^\x00-\x7f][^\x00-\x40\x5b-\x60\x7b-\x7f]*")


def _word_ok(word: str) -> bool | None:
    """Whether a word holding non-ASCII characters reads as a word of one language (None: it holds
    no letters, e.g. "°" or "€", and says nothing about the code page)."""
    if any(unicodedata.category(ch) == "Cc" for ch in word):
        return False  # C1 controls: an ISO code page's reading of Windows bytes
    if not any(ch.isalpha() for ch in word):
        return None
    if not word.isalpha():
        return False  # a symbol inside a word: "£ukasz", "¯ytnia", "Wi¹ckowski"
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return False  # "ódŸ"
    letters = {ch for ch in word.lower() if ord(ch) > 127}
    ascii_letters = any(ord(ch) < 128 for ch in word)
    return any(letters <= alphabet and (latin or not ascii_letters) for alphabet, latin in _ALPHABETS)


def _score(text: str) -> tuple[int, int]:
    """(words that read as one language's, words that do not) among the words with non-ASCII letters."""
    good = bad = 0
    for m in _TOKEN.finditer(text):
        ok = _word_ok(m.group())
        if ok is not None:
            good, bad = good + ok, bad + (not ok)
    return good, bad


def guess_code_page(data: bytes) -> list[tuple[str, float]]:
    """The code pages that can read ``data``, best first, each with a confidence (0..1): the one
    whose reading gives the most words of one script and language and the fewest words broken by
    symbols, controls or case (Python's codecs do the decoding; this only compares readings)."""
    sample = data[:262_144]
    lines = b"\n".join(line for line in sample.splitlines() if any(b > 127 for b in line))
    scored, seen = [], set()
    for rank, enc in enumerate(CODE_PAGES):
        try:
            text = lines.decode(enc)
        except UnicodeDecodeError:
            continue
        if text in seen:
            continue  # reads the same as a more common code page
        seen.add(text)
        good, bad = _score(text)
        scored.append((good - 4 * bad, -rank, enc, good, bad))
    scored.sort(reverse=True)
    out = []
    for i, (value, _, enc, good, bad) in enumerate(scored):
        quality = good / (good + bad) if good + bad else 0.5
        runner_up = scored[i + 1][0] if i + 1 < len(scored) else None
        separation = 1.0 if runner_up is None else min(1.0, 0.5 + (value - runner_up) / 8)
        out.append((enc, round(quality * separation if i == 0 else quality * 0.5, 2)))
    return out

# ----------------------------------------------------------------------------- CSV reading
def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows most consistently into more than one column."""
    sample = text[:65536]
    if len(text) > 65536 and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    sniffed = None
    with contextlib.suppress(csv.Error):
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    best, best_score = ",", (0.0, 0, 0)
    for d in DELIMITERS:
        rows = []
        with contextlib.suppress(csv.Error):
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=d):
                if row:
                    rows.append(len(row))
                if len(rows) >= 50:
                    break
        if not rows or rows[0] < 2:
            continue
        consistent = sum(1 for n in rows if n == rows[0]) / len(rows)
        score = (consistent, int(d == sniffed), rows[0])
        if score > best_score:
            best, best_score = d, score
    return best


@contextlib.contextmanager
def _big_fields():
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, 1 << 30))  # long cells are refused per row, not by csv
    try:
        yield
    finally:
        csv.field_size_limit(old)


# a line as io.StringIO(newline="") splits them: ended by \r\n, \r or \n, kept untranslated
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str, pos: list) -> Iterator[str]:
    """The lines of ``text`` one at a time, without a copy of the whole text (io.StringIO keeps
    one, 4 bytes a character: four times the file); ``pos[0]`` is where the last one ended."""
    for m in _LINE.finditer(text):
        pos[0] = m.end()
        yield m.group()


def csv_records(text: str, delimiter: str, where: list | None = None
                ) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """(first line of the record, cells, error) for each non-blank record of ``text``.
    ``where``: if given, ``where[0]`` is kept at the fraction of the text read so far."""
    pos = [0]
    total = max(1, len(text))
    reader = csv.reader(_lines(text, pos), delimiter=delimiter, strict=False)
    last = 0
    with _big_fields():
        while True:
            start = last + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                last = reader.line_num
                yield start, None, translate("Import", "unreadable CSV: {problem}").format(problem=exc)
                continue
            last = reader.line_num
            if where is not None:
                where[0] = pos[0] / total
            if not row or (len(row) == 1 and row[0] == ""):
                continue
            yield start, row, None


def read_csv(data: bytes, *, encoding: str | None = None, delimiter: str | None = None,
             limit: int | None = None) -> list[dict]:
    """A CSV file as a list of {header: cell} (what the import reads before mapping); with
    ``limit``, only that many records (a preview)."""
    text, _ = decode(data, encoding)
    delimiter = delimiter or sniff_delimiter(text)
    out, header = [], None
    for _, row, err in csv_records(text, delimiter):
        if err:
            raise ImportFileError(err)
        if header is None:
            header = row
            continue
        if limit is not None and len(out) >= limit:
            break
        out.append(dict(zip(header, row, strict=False)))
    return out


def unneutralise(cell: str) -> str:
    """Undo our export's formula guard: a ``'`` before = + - @ tab CR is dropped."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_PREFIXES:
        return cell[1:]
    return cell


def detect_format(data: bytes, name: str = "") -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    head = data[:4096].lstrip(b"\xef\xbb\xbf\r\n\t ").upper()
    if head.startswith(b"BEGIN:VCARD") or head.replace(b"\x00", b"").startswith(b"BEGIN:VCARD"):
        return "vcard"
    return "csv"
