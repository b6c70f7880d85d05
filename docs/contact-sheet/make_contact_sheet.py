"""Make every worksheet of an article, and a contact sheet of all their pages.

    .venv/bin/python docs/contact-sheet/make_contact_sheet.py OUT_DIR ARTICLE [ARTICLE ...]

For each article: every edition (participant, leader, couple, session, take-home cards) on
Letter and A4, in regular and large print, as PDF in OUT_DIR, then one PNG per article with a
row of page thumbnails per PDF (small: it shows the page flow, not the words). With more than
one article, also the series booklet of all of them, flat and folded, on both papers, in both
print sizes. Look at the pages themselves too (``/work/shared/tools/pdf-pages FILE.pdf``
renders them at full size). The contact sheets in this folder were made with the app's sample
article and the example article the team tries the app with.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pypdfium2
from PIL import Image, ImageDraw

from guides.guide.generator import generate_guide
from guides.guide.model import GuideOptions
from guides.importing import import_source
from guides.worksheet.editions import WorksheetOptions
from guides.worksheet.render import write_worksheet

EDITIONS = (
    ("participant", "group"),
    ("leader", "group"),
    ("couple", "couple"),
    ("session", "session"),
    ("cards", "group"),
)
AUDIENCES = ("group", "couple", "session")
THUMB_HEIGHT = 120
GAP = 6


def make_pdfs(article_path: str, out: Path) -> list[Path]:
    article = import_source(article_path)
    stem = Path(article_path).stem
    guides = {
        aud: generate_guide(article, GuideOptions(audience=aud)) for aud in ("group", "couple", "session")
    }
    made = []
    for edition, audience in EDITIONS:
        for paper in ("letter", "a4"):
            for large in (False, True):
                name = f"{stem}-{edition}-{paper}{'-large' if large else ''}.pdf"
                options = WorksheetOptions(edition=edition, paper=paper, large_print=large)  # type: ignore[arg-type]
                made.append(write_worksheet(guides[audience], out / name, options, article=article))
    return made


def contact_sheet(pdfs: list[Path], target: Path) -> None:
    rows = []
    for pdf in pdfs:
        document = pypdfium2.PdfDocument(str(pdf))
        thumbs = []
        for page in document:
            _, height = page.get_size()
            thumbs.append(page.render(scale=THUMB_HEIGHT / height).to_pil())
        rows.append((pdf.stem.removeprefix(stem_of(pdfs)), thumbs))
    width = max(sum(t.width + GAP for t in thumbs) for _, thumbs in rows) + 220
    height = len(rows) * (THUMB_HEIGHT + GAP) + GAP
    sheet = Image.new("RGB", (width, height), (138, 135, 130))
    draw = ImageDraw.Draw(sheet)
    y = GAP
    for name, thumbs in rows:
        draw.text((GAP, y + THUMB_HEIGHT // 2 - 6), name, fill=(255, 255, 255))
        x = 214
        for thumb in thumbs:
            sheet.paste(thumb, (x, y))
            x += thumb.width + GAP
        y += THUMB_HEIGHT + GAP
    sheet.save(target, optimize=True)


def make_booklets(article_paths: list[str], out: Path) -> list[Path]:
    from guides.worksheet.booklet import BookletOptions, Week, write_series_booklet

    weeks = []
    for path in article_paths:
        article = import_source(path)
        weeks.append(Week(generate_guide(article, GuideOptions(audience="group")), article))
    made = []
    for fold in (False, True):
        for paper in ("letter", "a4"):
            for large in (False, True):
                name = f"series-booklet-{'folded-' if fold else ''}{paper}{'-large' if large else ''}.pdf"
                options = BookletOptions(paper=paper, large_print=large, fold=fold, group="Thursday group")  # type: ignore[arg-type]
                made.append(write_series_booklet("Two weeks together", weeks, out / name, options))
    return made


def stem_of(pdfs: list[Path]) -> str:
    """The part all the file names share (the article's name and a dash)."""
    names = [p.stem for p in pdfs]
    first = names[0]
    size = 0
    while size < len(first) and all(n[: size + 1] == first[: size + 1] for n in names):
        size += 1
    return first[:size]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for article_path in argv[1:]:
        pdfs = make_pdfs(article_path, out)
        target = out / f"{Path(article_path).stem}-contact-sheet.png"
        contact_sheet(pdfs, target)
        print(target)
    if len(argv) > 2:
        target = out / "series-booklet-contact-sheet.png"
        contact_sheet(make_booklets(argv[1:], out), target)
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
