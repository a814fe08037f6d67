"""Writes real-3.zip: the first three records of ../real/ (ordinal order) deflated, in ZIP64 form throughout.

The bulk download (ctg-studies.json.zip, ~598,000 entries) needs ZIP64 for its entry count; an archive that large is
too slow for a test, so Python's zipfile is made to write ZIP64 records for a small one: with its limits lowered, every
entry gets a ZIP64 extra field in its local header (force_zip64) and, for the sizes and offsets past the lowered limit,
in the central directory, and the end of the archive gets the ZIP64 end record and locator (count 0xFFFF in the
classic end record). Run from this folder: python3 make-zip64.py (Python 3.11; the output is committed).
"""
import os
import zipfile

zipfile.ZIP64_LIMIT = 1000        # sizes and offsets above this are written as ZIP64 values
zipfile.ZIP_FILECOUNT_LIMIT = 2   # more entries than this: ZIP64 end record and locator

names = sorted(n for n in os.listdir("../real") if n.startswith("NCT") and n.endswith(".json"))[:3]
with zipfile.ZipFile("real-3.zip", "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
    for name in names:
        info = zipfile.ZipInfo(name, date_time=(2026, 12, 3, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join("../real", name), "rb") as source, archive.open(info, "w", force_zip64=True) as target:
            target.write(source.read())

# Python writes the true count, size and offset in the classic end record when they fit; the bulk download's count does
# not fit, so the classic record says 0xFFFF (and here 0xFFFFFFFF for the directory's size and offset too) and readers
# must take the values from the ZIP64 end record, as APPNOTE 4.4.1.4 says.
with open("real-3.zip", "r+b") as archive:
    archive.seek(-22 + 8, os.SEEK_END)
    archive.write(b"\xff\xff" * 2 + b"\xff\xff\xff\xff" * 2)
