#!/usr/bin/env python3
"""Extract Noto Sans CJK SC Regular and Bold as single-face OTF files into resources/fonts/.

Why: Debian ships Noto Sans CJK as TTC collections; pdfmake can name a TTC entry for text, but SVG text (our
charts) can only use a single-face font, so we ship single-face OTFs. The faces are saved unchanged — never
subsetted — so the whole GB18030 repertoire of the font stays available.

Needs Debian's fonts-noto-cjk and python3-fonttools (run with /usr/bin/python3 if another Python is first on
PATH). Writes the two OTFs and LICENSE-OFL.txt (the OFL-1.1 text from Debian's copyright file, preceded by the
copyright line read from the font's own name table).

Usage: /usr/bin/python3 scripts/extract-fonts.py [output-dir]   (default: resources/fonts next to this script)
"""
import os
import re
import sys

try:
    from fontTools.ttLib import TTCollection
except ImportError:
    sys.exit("fontTools is missing: apt-get install python3-fonttools, then run with /usr/bin/python3")

NOTO_DIR = "/usr/share/fonts/opentype/noto"
COPYRIGHT_FILE = "/usr/share/doc/fonts-noto-cjk/copyright"
# (collection, PostScript name of the face we want, output file)
FACES = [
    ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular", "NotoSansCJKsc-Regular.otf"),
    ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold", "NotoSansCJKsc-Bold.otf"),
]
NAME_ID_COPYRIGHT = 0
NAME_ID_POSTSCRIPT = 6


def find_face(collection_path, postscript_name):
    """Pick the face by its name table, not by index: the order inside the TTC is not a promise."""
    # recalcTimestamp=False keeps head.modified as shipped, so reruns give byte-identical files.
    collection = TTCollection(collection_path, recalcTimestamp=False)
    for face in collection.fonts:
        if face["name"].getDebugName(NAME_ID_POSTSCRIPT) == postscript_name:
            return face
    sys.exit(f"{collection_path} has no face named {postscript_name}")


def ofl_text():
    """The SIL-1.1 stanza of Debian's machine-readable copyright file, unfolded to plain text."""
    with open(COPYRIGHT_FILE, encoding="utf-8") as f:
        content = f.read()
    match = re.search(r"^License: SIL-1\.1\n((?: .*\n?)+)", content, re.MULTILINE)
    if not match:
        sys.exit(f"no SIL-1.1 licence text in {COPYRIGHT_FILE}")
    lines = []
    for line in match.group(1).splitlines():
        body = line[1:]
        lines.append("" if body == "." else body)
    return "\n".join(lines).strip() + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "resources", "fonts")
    os.makedirs(out_dir, exist_ok=True)
    copyright_line = None
    for collection, postscript_name, out_name in FACES:
        face = find_face(os.path.join(NOTO_DIR, collection), postscript_name)
        copyright_line = copyright_line or face["name"].getDebugName(NAME_ID_COPYRIGHT)
        out_path = os.path.join(out_dir, out_name)
        face.save(out_path)
        print(f"wrote {out_path} ({os.path.getsize(out_path)} bytes)")
    licence = (
        "Noto Sans CJK SC (NotoSansCJKsc-Regular.otf, NotoSansCJKsc-Bold.otf), extracted unchanged from\n"
        "Debian's fonts-noto-cjk (https://github.com/googlefonts/noto-cjk) by scripts/extract-fonts.py.\n\n"
        f"Copyright {copyright_line.replace('©', '').strip().rstrip('.')}, with Reserved Font Name 'Source'.\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at: https://openfontlicense.org\n\n"
        + ofl_text()
    )
    licence_path = os.path.join(out_dir, "LICENSE-OFL.txt")
    with open(licence_path, "w", encoding="utf-8") as f:
        f.write(licence)
    print(f"wrote {licence_path}")


if __name__ == "__main__":
    main()
