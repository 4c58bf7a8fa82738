"""A minimal .xlsx (Office Open XML) package: the sheets sheets-bridge writes, and the XML of their rows.

Why not openpyxl for writing: it keeps every cell as a Python object and writes the whole file on every save, so
appending 1,000 events to a workbook of 100,000 took minutes. Here a sheet is XML text: an append inserts the new
rows' XML before ``</sheetData>``; a sheet that did not change is copied as it is. Strings are written inline
(``t="inlineStr"``), so no shared-string table has to be rebuilt. Reading uses python-calamine (Rust).

A file this module wrote says so in the zip comment (with each tab's header and row count), so the next write can
take the fast path; a file saved by Excel or LibreOffice is read with calamine and written again in full.
"""

from __future__ import annotations

import json
import re
import struct
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any
from xml.sax.saxutils import escape

MARK = "sheets-bridge-xlsx/1"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
              '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
              'state="frozen"/></sheetView></sheetViews><sheetData>')
SHEET_TAIL = "</sheetData></worksheet>"
_LETTERS = [""]
_ESCAPE_X = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # each underscore that starts an escape, overlapping ones too
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    while len(_LETTERS) <= n:
        k, s = len(_LETTERS), ""
        while k:
            k, r = divmod(k - 1, 26)
            s = chr(65 + r) + s
        _LETTERS.append(s)
    return _LETTERS[n]


def text_xml(text: str) -> str:
    """A string as sheet XML: ``_xHHHH_`` escapes kept literal, CR as ``_x000D_`` (XML reads a bare CR as LF)."""
    if "_x" in text:
        text = _ESCAPE_X.sub("_x005F_", text)
    text = _NOT_XML.sub("\ufffd", text)
    return escape(text).replace("\r", "_x000D_")


@dataclass
class Styles:
    """The cell styles of the package: 0 plain, 1 the bold header, then one per number format."""

    formats: list[str] = field(default_factory=list)

    def index(self, number_format: str | None) -> int:
        if not number_format:
            return 0
        if number_format not in self.formats:
            self.formats.append(number_format)
        return 2 + self.formats.index(number_format)

    def xml(self) -> str:
        custom = [(164 + i, f) for i, f in enumerate(self.formats)]
        numfmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{escape(f, {chr(34): "&quot;"})}"/>' for i, f in custom)
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
               '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>']
        xfs += [f'<xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                for i, _ in custom]
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<styleSheet xmlns="{MAIN}"><numFmts count="{len(custom)}">{numfmts}</numFmts>'
                '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
                '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
                '<fills count="2"><fill><patternFill patternType="none"/></fill>'
                '<fill><patternFill patternType="gray125"/></fill></fills>'
                '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
                '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                '</styleSheet>')


def rows_xml(rows: Iterable[Sequence[Any]], first_row: int, styles: Sequence[int] = ()) -> str:
    """The ``<row>`` elements of these values, numbered from ``first_row`` (1-based), one style per column."""
    return b"".join(row_chunks(rows, first_row, styles)).decode("utf-8")


def row_chunks(rows: Iterable[Sequence[Any]], first_row: int, styles: Sequence[int] = (), per: int = 2_000
               ) -> Iterator[bytes]:
    """:func:`rows_xml` as UTF-8, in pieces of ``per`` rows, so that a big tab is never one string in memory (a single
    emoji makes Python hold a string at 4 bytes a character). Rows of one width are put together as bytes: joining
    the cells as text would widen each one to the chunk's widest kind of string first.

    Cells carry no ``r`` reference (it is optional in OOXML: a cell is in the column after the previous one, so an
    empty cell inside a row is written ``<c/>``). A cell's XML depends only on its column's style and its value,
    so it is made once per distinct short value (a chat's ids, roles, channels and numbers repeat down a column).
    """
    rows = rows if isinstance(rows, list) else list(rows)
    width = len(rows[0]) if rows else 0
    if rows and all(len(row) == width for row in rows):
        yield from _row_chunks_by_column(rows, first_row, styles, per)
        return
    out: list[str] = []
    known: dict[tuple[int, type, Any], str] = {}
    r = first_row
    for row in rows:
        cells = []
        for c, value in enumerate(row):
            key = (c, value.__class__, value)
            xml = known.get(key)
            if xml is None:
                xml = _cell(value, styles[c] if c < len(styles) else 0)
                if not isinstance(value, str) or len(value) <= 64:
                    known[key] = xml
            cells.append(xml)
        while cells and cells[-1] == "<c/>":
            cells.pop()
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
        r += 1
        if len(out) >= per:
            yield "".join(out).encode("utf-8")
            out = []
    if out:
        yield "".join(out).encode("utf-8")


_SEP = "\ue000"  # joins a column's texts for one escape pass (a private-use character; checked to be absent)
_SEP_UTF8 = _SEP.encode("utf-8")
_TEXT_TYPES = frozenset({str, type(None)})


def _row_chunks_by_column(rows: list[Sequence[Any]], first_row: int, styles: Sequence[int], per: int
                          ) -> Iterator[bytes]:
    """:func:`row_chunks` for rows of one width: each column's cells made at once (its texts escaped in one pass
    over the column joined), then the rows put together. The same XML as cell by cell."""
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        columns = [_column_xml(list(values), styles[c] if c < len(styles) else 0)
                   for c, values in enumerate(zip(*chunk, strict=True))]
        numbers = range(first_row + start, first_row + start + len(chunk))
        if columns and b"<c/>" not in columns[-1]:  # no row ends with an empty cell: nothing to trim
            step = len(columns) + 2
            pieces: list[bytes] = [b""] * (len(chunk) * step)  # each row's start, its cells and its end, in order
            pieces[::step] = [b'<row r="%d">' % r for r in numbers]
            for c, column in enumerate(columns, start=1):
                pieces[c::step] = column
            pieces[step - 1::step] = [b"</row>"] * len(chunk)
            yield b"".join(pieces)
            continue
        out = []
        for r, cells in zip(numbers, zip(*columns, strict=True), strict=True):
            end = len(cells)
            while end and cells[end - 1] == b"<c/>":
                end -= 1
            out.append(b'<row r="%d">%s</row>' % (r, b"".join(cells[:end])))
        yield b"".join(out)


def _column_xml(values: list[Any], s: int) -> list[bytes]:
    """The cells of one column (as :func:`_cell` makes them), as UTF-8."""
    style = f' s="{s}"' if s else ""
    if set(map(type, values)) <= _TEXT_TYPES:  # text and empty cells only
        texts = values if "" not in values and None not in values else [v for v in values if v]
        joined = _SEP.join(texts)
        if joined.count(_SEP) == max(0, len(texts) - 1):
            head, tail = f'<c{style} t="inlineStr"><is><t xml:space="preserve">', "</t></is></c>"
            if texts and len(texts) == len(values):  # no empty cell: every cell made by one replace over the column
                return (head + text_xml(joined).replace(_SEP, tail + _SEP + head) + tail).encode("utf-8").split(
                    _SEP_UTF8)
            escaped = iter(text_xml(joined).encode("utf-8").split(_SEP_UTF8) if texts else [])
            head_b, tail_b, empty = head.encode(), tail.encode(), f"<c{style}/>".encode()
            return [empty if v is None or v == "" else head_b + next(escaped) + tail_b for v in values]
    from .cells import map_repeats

    return map_repeats(lambda value: _cell(value, s).encode("utf-8"), values,
                       lambda value: not isinstance(value, str) or len(value) <= 64)  # long texts never repeat


def write_sheet(out: IO[bytes], header: Sequence[str], rows: Iterable[Sequence[Any]], styles: Sequence[int]) -> None:
    """A whole sheet part, streamed."""
    out.write((SHEET_HEAD + header_xml(header)).encode("utf-8"))
    for chunk in row_chunks(rows, 2, styles):
        out.write(chunk)
    out.write(SHEET_TAIL.encode("utf-8"))


def copy_with_rows(source: zipfile.ZipFile, part: str, out: IO[bytes], rows: Sequence[Sequence[Any]],
                   first_row: int, styles: Sequence[int], block: int = 1 << 20) -> None:
    """The sheet ``part`` of ``source`` with more rows before ``</sheetData>``, streamed block by block."""
    tail = SHEET_TAIL.encode("utf-8")
    size = source.getinfo(part).file_size
    with source.open(part) as src:
        left = size - len(tail)
        while left > 0:
            data = src.read(min(block, left))
            if not data:
                break
            out.write(data)
            left -= len(data)
        end = src.read()
    if left or end != tail:
        raise ValueError("not a sheet written by sheets-bridge")
    for chunk in row_chunks(rows, first_row, styles):
        out.write(chunk)
    out.write(tail)


def copy_compressed(source: zipfile.ZipFile, part: str, target: zipfile.ZipFile, name: str) -> bool:
    """Put ``source``'s member ``part`` into ``target`` as ``name`` with its compressed bytes as they are (an
    unchanged tab is not inflated and deflated again). False, with nothing written, for a member this cannot
    copy so (encrypted, ZIP64, or a zipfile without the attributes used): then the caller copies it the slow way.

    The standard zipfile has no call for this; the member is written the way its own ``ZipFile.mkdir`` writes
    one (a local header from a ``ZipInfo``, then the bytes), with the sizes and CRC-32 known from the source.
    """
    info = source.getinfo(part)
    limit = zipfile.ZIP64_LIMIT - 1
    if info.flag_bits & 0x1 or max(info.compress_size, info.file_size, info.header_offset) >= limit:
        return False
    fp, out = getattr(source, "fp", None), getattr(target, "fp", None)
    if fp is None or out is None or not hasattr(target, "filelist") or getattr(target, "_writing", False):
        return False
    fp.seek(info.header_offset)
    header = fp.read(30)  # a local file header (APPNOTE.TXT 4.3.7): 30 bytes, then the name and the extra field
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        return False
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    fp.seek(info.header_offset + 30 + name_length + extra_length)
    data = fp.read(info.compress_size)
    if len(data) != info.compress_size:
        return False
    copy = zipfile.ZipInfo(name, info.date_time)
    copy.compress_type, copy.CRC = info.compress_type, info.CRC
    copy.compress_size, copy.file_size = info.compress_size, info.file_size
    copy.external_attr, copy.create_system = info.external_attr, info.create_system
    copy.flag_bits = info.flag_bits & 0x800  # no data descriptor: the sizes are in the header
    if target.start_dir != out.tell():
        out.seek(target.start_dir)
    copy.header_offset = out.tell()
    out.write(copy.FileHeader(False))
    out.write(data)
    target.filelist.append(copy)
    target.NameToInfo[copy.filename] = copy
    target.start_dir = out.tell()
    return True


# The first cell of each row as this module writes it: empty, a number, or an inline string.
_FIRST_CELL = re.compile(rb'<row r="\d+">(?:<c[^>]*/>|<c[^>]*><v>([^<]*)</v></c>|<c[^>]*t="inlineStr"><is><t[^>]*>'
                         rb'([^<]*)</t>|(?=</row>))')


def first_column(source: zipfile.ZipFile, part: str, block: int = 4 << 20) -> list[str]:
    """The first column's text of every data row of a sheet this module wrote, streamed block by block (a regular
    expression over the XML: an id check reads 100,000 rows in a fraction of what a whole-sheet parse costs).

    Values come back as the cells hold them (numbers as written, XML entities and ``_xHHHH_`` escapes undone)."""
    from xml.sax.saxutils import unescape

    from .cells import from_cell

    out: list[str] = []
    rest = b""
    with source.open(part) as src:
        while True:
            data = src.read(block)
            chunk = rest + data
            cut = chunk.rfind(b"</row>") + len(b"</row>") if data else len(chunk)
            head, rest = chunk[:cut], chunk[cut:]
            for m in _FIRST_CELL.finditer(head):
                number, string = m.group(1), m.group(2)
                if number is not None:
                    out.append(from_cell(float(number)))
                    continue
                text = "" if string is None else string.decode("utf-8")
                if "&" in text:
                    text = unescape(text, {"&quot;": '"', "&apos;": "'"})
                if "_x" in text:
                    text = unescape_x(text)
                out.append(from_cell(text) if text.startswith("'") else text)
            if not data:
                break
    return out[1:]  # the header row


def unescape_x(text: str) -> str:
    """Undo :func:`text_xml`'s ``_xHHHH_`` escapes (``_x000D_`` → CR, ``_x005F_x…`` → ``_x…``)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _cell(value: Any, s: int) -> str:
    style = f' s="{s}"' if s else ""
    if value is None or value == "":
        return f"<c{style}/>"  # an empty cell of a formatted column keeps the format
    if isinstance(value, bool):
        return f"<c{style}><v>{int(value)}</v></c>"
    if isinstance(value, (int, float)):
        return f"<c{style}><v>{value!r}</v></c>"
    return f'<c{style} t="inlineStr"><is><t xml:space="preserve">{text_xml(str(value))}</t></is></c>'


def header_xml(header: Sequence[str]) -> str:
    return rows_xml([header], 1, [1] * len(header))


def manifest_comment(generation: str, formats: Sequence[str], tabs: dict[str, dict[str, Any]]) -> bytes:
    """The zip comment that marks a file as written here: a save generation, the styles' formats, each tab's
    sheet part, header and number of data rows (Excel ignores zip comments)."""
    return json.dumps({"mark": MARK, "generation": generation, "formats": list(formats), "tabs": tabs},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_manifest(zf: zipfile.ZipFile) -> dict[str, Any] | None:
    """The manifest of a file written here, or None (a file Excel or LibreOffice saved has none)."""
    try:
        data = json.loads(zf.comment.decode("utf-8")) if zf.comment else None
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("mark") != MARK or not isinstance(data.get("tabs"), dict):
        return None
    names = set(zf.namelist())
    if not all(isinstance(t, dict) and t.get("part") in names for t in data["tabs"].values()):
        return None
    return data


def package_parts(names: Sequence[str], parts: Sequence[str], styles: Styles) -> dict[str, str]:
    """The package's fixed parts for sheets ``names`` stored in ``parts``."""
    overrides = "".join(f'<Override PartName="/{p}" ContentType="application/vnd.openxmlformats-officedocument.'
                        'spreadsheetml.worksheet+xml"/>' for p in parts)
    sheets = "".join(f'<sheet name="{escape(n, {chr(34): "&quot;"})}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                     for i, n in enumerate(names))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{p[len("xl/"):]}"/>'
                   for i, p in enumerate(parts))
    n = len(parts)
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            f'spreadsheetml.styles+xml"/>{overrides}</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><bookViews><workbookView/></bookViews>'
            f'<sheets>{sheets}</sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{rels}<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/></Relationships>'),
        "xl/styles.xml": styles.xml(),
    }
