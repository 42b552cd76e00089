#!/usr/bin/env python3
"""Makes the Chinese font the generated documents embed (src/main/resources/fonts/).

Why a subset of our own: no Maven Central artifact we could find ships a Chinese font with
TrueType outlines, PDFBox embeds only TrueType outlines (not CFF), and the full Noto Sans CJK
is ~20 MB. So we take Noto Sans CJK SC (SIL OFL 1.1, Debian package fonts-noto-cjk), keep the
characters an office document uses (ASCII, Latin-1, punctuation, CJK symbols, full-width forms,
all 6,763 GB 2312 hanzi, ①…⑳) plus every character that appears in this repository's texts
(names such as 𠮷 included), and convert the outlines from CFF to TrueType quadratics.

Run it again when the texts bring a new rare character:
  apt-get install fonts-noto-cjk python3-fonttools
  /usr/bin/python3 tools/fonts/subset-cjk.py
The PDF embeds a further subset of this file (only the glyphs a document uses).
"""
import pathlib
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCES = {
    "Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
REPO = pathlib.Path(__file__).resolve().parents[2]
TEXT_FOLDERS = ["src", "forms", "processes", "rules", "docs"]
TEXT_SUFFIXES = {".java", ".html", ".js", ".form", ".bpmn", ".drl", ".md", ".properties", ".sql", ".yml", ".json", ".csv"}


def wanted_codepoints():
    points = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    for first, last in [(0x2000, 0x206F), (0x2190, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF),
                        (0x3000, 0x303F), (0xFF00, 0xFFEF)]:
        points |= set(range(first, last + 1))
    for point in range(0x4E00, 0xA000):
        try:
            chr(point).encode("gb2312")
            points.add(point)
        except UnicodeEncodeError:
            pass
    for folder in TEXT_FOLDERS:
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                points |= {ord(ch) for ch in path.read_text(encoding="utf-8", errors="ignore") if ord(ch) > 0x7F}
    return points


def sc_font(collection_path):
    for font in TTCollection(collection_path).fonts:
        if font["name"].getDebugName(4) in ("Noto Sans CJK SC", "Noto Sans CJK SC Bold"):
            return font
    sys.exit("Noto Sans CJK SC not found in " + collection_path)


def cff_to_truetype(font):
    """Replaces the CFF outlines by TrueType ones (quadratic curves, 1 unit tolerance)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def main():
    points = wanted_codepoints()
    out_dir = REPO / "src/main/resources/fonts"
    out_dir.mkdir(parents=True, exist_ok=True)
    for weight, source in SOURCES.items():
        font = sc_font(source)
        options = subset.Options()
        options.layout_features = []  # no alternates: a printed form needs one glyph per character
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep the copyright and licence records
        options.notdef_outline = True
        options.desubroutinize = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=points)
        subsetter.subset(font)
        cff_to_truetype(font)
        target = out_dir / f"NotoSansSC-{weight}-subset.ttf"
        font.save(target)
        print(target, target.stat().st_size, "bytes,", len(font.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    main()
