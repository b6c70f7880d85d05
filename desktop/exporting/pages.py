"""PDF pages as images, for the worksheet preview and for printing.

Qt's own PDF module is not in the PySide6-Essentials wheel, so the pages are
rasterised by pypdfium2 (a dependency: pdfium comes inside its wheel). Should
it fail to import on some platform, poppler's ``pdftoppm`` is used when it is
on the PATH; with neither, :func:`render_pages` raises
:class:`NoRasterizerError` and the dialog says so (saving the PDF still works).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


class NoRasterizerError(RuntimeError):
    pass


def available() -> str | None:
    """Which rasteriser will be used: "pypdfium2", "pdftoppm", or None."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return "pdftoppm" if shutil.which("pdftoppm") else None
    return "pypdfium2"


def render_pages(pdf: bytes, dpi: int = 60, limit: int | None = None) -> list[bytes]:
    """PNG bytes of each page (the first ``limit`` pages, if given)."""
    which = available()
    if which == "pypdfium2":
        return _with_pdfium(pdf, dpi, limit)
    if which == "pdftoppm":
        return _with_pdftoppm(pdf, dpi, limit)
    raise NoRasterizerError(
        "The preview needs pypdfium2 (pip install pypdfium2) or poppler's pdftoppm; "
        "saving the PDF works without them."
    )


def _with_pdfium(pdf: bytes, dpi: int, limit: int | None) -> list[bytes]:
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    out = []
    for number in range(len(document) if limit is None else min(limit, len(document))):
        image = document[number].render(scale=dpi / 72).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        out.append(buffer.getvalue())
    return out


def _with_pdftoppm(pdf: bytes, dpi: int, limit: int | None) -> list[bytes]:
    with tempfile.TemporaryDirectory(prefix="porchlight-pages-") as folder:
        source = Path(folder) / "worksheet.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-r", str(dpi), "-png"]
        if limit is not None:
            command += ["-l", str(limit)]
        subprocess.run(
            [*command, str(source), str(Path(folder) / "page")], check=True, timeout=60, capture_output=True
        )
        pages = sorted(Path(folder).glob("page*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[-1]))
        return [p.read_bytes() for p in pages]
