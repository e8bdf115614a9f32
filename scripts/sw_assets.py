#!/usr/bin/env python3
"""Trunk post_build hook: writes the release's asset list and a hash of
their contents into the built sw.js, so each build has its own cache and a
new release replaces the old one cleanly.

Reads TRUNK_STAGING_DIR (set by Trunk), or the directory given as argument.
"""
import hashlib
import json
import os
import re
import sys

site = sys.argv[1] if len(sys.argv) > 1 else os.environ['TRUNK_STAGING_DIR']
assets, digest = [], hashlib.sha256()
for root, _, files in os.walk(site):
    for name in sorted(files):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, site).replace(os.sep, '/')
        if rel == 'sw.js':
            continue
        assets.append('./' + rel)
        digest.update(rel.encode())
        with open(path, 'rb') as f:
            digest.update(f.read())
assets.sort()
sw_path = os.path.join(site, 'sw.js')
with open(sw_path, encoding='utf-8') as f:
    sw = f.read()
sw = re.sub(r"const VERSION = '[^']*';", f"const VERSION = '{digest.hexdigest()[:16]}';", sw, count=1)
sw = re.sub(r"const ASSETS = \[[^\]]*\];", 'const ASSETS = ' + json.dumps(['./'] + assets) + ';', sw, count=1)
with open(sw_path, 'w', encoding='utf-8') as f:
    f.write(sw)
print(f'sw.js: {len(assets)} assets, version {digest.hexdigest()[:16]}')
