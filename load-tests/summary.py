"""Prints the statistics table of a Gatling HTML report (index.html) compactly: one line per request name.

    python3 load-tests/summary.py path/to/report/index.html
"""
import html
import re
import sys

ROW = re.compile(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">(.*?)</span>', re.S)
CELL = re.compile(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>')
# Columns of Gatling 3.15's table: 2 total, 3 OK, 4 KO, 6 count/s, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max, 13 mean.
SHOWN = [("requests", 2), ("failed", 4), ("per s", 6), ("p50 ms", 8), ("p95 ms", 10), ("p99 ms", 11), ("max ms", 12),
         ("mean ms", 13)]


def main(path):
    with open(path, encoding="utf-8") as f:
        page = f.read()
    rows = []
    for row_id, body in ROW.findall(page):
        name = NAME.search(body)
        cells = dict((int(col), value.strip()) for col, value in CELL.findall(body))
        if name and cells:
            rows.append((html.unescape(name.group(1).strip()), cells))
    if not rows:
        print("   (no statistics found in %s)" % path)
        return
    width = max(len(name) for name, _ in rows)
    print("   " + "request".ljust(width) + "".join(label.rjust(10) for label, _ in SHOWN))
    for name, cells in rows:
        print("   " + name.ljust(width) + "".join(cells.get(col, "-").rjust(10) for _, col in SHOWN))


if __name__ == "__main__":
    main(sys.argv[1])
