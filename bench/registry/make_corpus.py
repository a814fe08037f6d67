#!/usr/bin/env python3
"""A corpus with the registry's composition, from real records replicated under new NCT ids.

    make_corpus.py SOURCE_DIR OUT_DIR --count N [--with-results 0.13] [--seed 42]

ClinicalTrials.gov holds about 598,000 studies, 13% of them with results. This writes N records to OUT_DIR/studies/
(one NCTxxxxxxxx.json a study) and the same records as OUT_DIR/ctg-studies.json.zip, one JSON file per study at the
top of the archive, deflated, as the registry's bulk download is. Record i is a copy of a real record of SOURCE_DIR
(a record with results for 13 in every 100, spread evenly, else one without), taken in a shuffled order fixed by the
seed, with its NCT id replaced everywhere by a new one (NCT9xxxxxxx, which the registry has not issued): the same
length, so every line and column stays where it was. Deterministic: the same arguments give the same bytes.
"""
import argparse
import json
import os
import random
import re
import sys
import zipfile

NCT = re.compile(r'"nctId"\s*:\s*"(NCT\d{8})"')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--with-results", type=float, default=0.13)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()

    with_results, without = [], []
    for name in sorted(os.listdir(a.source)):
        if not name.endswith(".json"):
            continue
        text = open(os.path.join(a.source, name), encoding="utf-8").read()
        match = NCT.search(text)
        if not match:
            continue
        (with_results if '"resultsSection"' in text else without).append((match.group(1), text))
    if not with_results or not without:
        sys.exit(f"make_corpus.py: {a.source} needs records with and without a resultsSection")
    rng = random.Random(a.seed)
    rng.shuffle(with_results)
    rng.shuffle(without)

    studies = os.path.join(a.out, "studies")
    os.makedirs(studies, exist_ok=True)
    for old in os.listdir(studies):
        os.remove(os.path.join(studies, old))
    zip_path = os.path.join(a.out, "ctg-studies.json.zip")
    per_hundred = round(a.with_results * 100)
    counts = [0, 0]
    size = [0, 0]
    with zipfile.ZipFile(zip_path + ".tmp", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for i in range(a.count):
            # 13 in every 100, spread evenly: records 0, 8, 16, ... of each hundred (for 13%).
            results = (i % 100) * per_hundred // 100 != ((i % 100) + 1) * per_hundred // 100
            pool = with_results if results else without
            old_id, text = pool[counts[results] % len(pool)]
            counts[results] += 1
            new_id = f"NCT9{i:07d}"
            data = text.replace(old_id, new_id).encode("utf-8")
            size[results] += len(data)
            name = new_id + ".json"
            with open(os.path.join(studies, name), "wb") as f:
                f.write(data)
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    os.replace(zip_path + ".tmp", zip_path)
    summary = {
        "records": a.count, "with_results": counts[1], "without_results": counts[0],
        "bytes": size[0] + size[1], "bytes_with_results": size[1], "bytes_without_results": size[0],
        "zip_bytes": os.path.getsize(zip_path), "seed": a.seed,
        "distinct_sources": {"with_results": len(with_results), "without_results": len(without)},
    }
    json.dump(summary, open(os.path.join(a.out, "corpus.json"), "w"), indent=2)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
