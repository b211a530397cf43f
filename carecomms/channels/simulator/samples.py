"""Small sample files a simulated person can send, built here byte by byte (no fixtures to download).

`photo` is a real PNG (a letter on a table), `letter` a real one-page PDF, and `disguised_program`
starts like a Windows program but travels as `image/jpeg`, as a malicious file renamed `.jpg` would:
the gateway must notice and quarantine it.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    key: str
    label: str  # what the phone page offers
    filename: str
    mime_type: str  # what the phone declares
    data: bytes


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def png(width: int, height: int, pixel: object) -> bytes:
    """An 8-bit RGB PNG; `pixel(x, y)` gives each (r, g, b)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows.extend(pixel(x, y))  # type: ignore[operator]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + _png_chunk(b"IEND", b""))


def _letter_pixel(x: int, y: int) -> tuple[int, int, int]:
    """A sheet of paper with a blue letterhead and lines of text, on a wooden table."""
    if not (12 <= x < 84 and 6 <= y < 66):
        return (181, 136, 99) if (x + y // 3) % 11 else (160, 118, 84)
    if 18 <= x < 50 and 11 <= y < 16:
        return (29, 112, 184)
    if y >= 22 and (y - 22) % 6 < 2 and 18 <= x < 78 - ((y - 22) // 6 % 3) * 8:
        return (110, 116, 122)
    return (252, 252, 250)


def sample_photo() -> bytes:
    return png(96, 72, _letter_pixel)


LETTER_TEXT = "Letter from the housing office: your appointment is on Thursday at 10am."


def sample_pdf(text: str = LETTER_TEXT) -> bytes:
    """A minimal, valid one-page PDF 1.4 with one line of text (offsets in the xref table are exact)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 56 770 Td ({escaped}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def sample_disguised_program() -> bytes:
    """The first bytes of a Windows program (the "MZ" header and DOS stub text), nothing runnable."""
    stub = b"This program cannot be run in DOS mode.\r\r\n$"
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + stub + b"\x00" * 64


SAMPLES: dict[str, Sample] = {
    sample.key: sample
    for sample in (
        Sample("photo", "A photo of a letter (PNG image)", "IMG_2041.png", "image/png", sample_photo()),
        Sample("letter", "A letter (PDF document)", "housing-letter.pdf", "application/pdf", sample_pdf()),
        Sample("disguised_program", "A program pretending to be a photo (for testing quarantine)",
               "holiday.jpg", "image/jpeg", sample_disguised_program()),
    )
}
