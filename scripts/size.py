#!/usr/bin/env python3
"""Brotli size of the built site (every file in dist/, compressed one by one).

    python3 scripts/size.py [DIST] [--max KB]   exit 1 when over --max
"""
import os
import sys

import brotli

args = sys.argv[1:]
limit = None
if '--max' in args:
    i = args.index('--max')
    limit = float(args[i + 1])
    del args[i:i + 2]
site = args[0] if args else os.path.join(os.path.dirname(__file__), '..', 'dist')
total_raw = total_br = 0
for root, _, files in os.walk(site):
    for name in sorted(files):
        data = open(os.path.join(root, name), 'rb').read()
        br = len(brotli.compress(data, quality=11))
        total_raw += len(data)
        total_br += br
        print(f'{br / 1024:8.1f} KB  {os.path.relpath(os.path.join(root, name), site)}')
print(f'{total_br / 1024:8.1f} KB brotli total ({total_raw / 1024:.1f} KB raw)')
if limit is not None and total_br / 1024 > limit:
    print(f'over the {limit:.0f} KB budget', file=sys.stderr)
    sys.exit(1)
