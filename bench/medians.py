#!/usr/bin/env python3
"""Prints the median of every criterion benchmark of the last run, as a
Markdown table: `python3 bench/medians.py [target/criterion]`."""
import json
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
rows = []
for est in sorted(root.glob("**/new/estimates.json")):
    bench = json.loads((est.parent / "benchmark.json").read_text())
    median_ns = json.loads(est.read_text())["median"]["point_estimate"]
    rows.append((bench["full_id"], median_ns))
print("| benchmark | median |")
print("|---|---|")
for name, ns in rows:
    shown = f"{ns / 1e6:.2f} ms" if ns >= 1e6 else f"{ns / 1e3:.1f} µs" if ns >= 1e3 else f"{ns:.1f} ns"
    print(f"| {name} | {shown} |")
