#!/usr/bin/env python3
"""One JSON line from GNU time's -v report: wall and CPU seconds, peak resident memory, plus KEY=VALUE fields.

    gnu_time.py TIME_FILE [--inner JSON_FILE] KEY=VALUE ...

--inner merges a JSON object the measured program printed (DuckDB's query seconds and row count)."""
import json
import re
import sys

args = sys.argv[1:]
report = open(args.pop(0)).read()
row = {}
if args and args[0] == "--inner":
    args.pop(0)
    inner = json.load(open(args.pop(0)))
    row.update({"query_s": inner["seconds"], "rows": inner["rows"]})
row.update(dict(a.split("=", 1) for a in args))


def field(name):
    return re.search(re.escape(name) + r": (.*)", report).group(1).strip()


wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
row["wall_s"] = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
row["cpu_s"] = float(field("User time (seconds)")) + float(field("System time (seconds)"))
row["peak_mb"] = int(field("Maximum resident set size (kbytes)")) / 1024
print(json.dumps(row))
