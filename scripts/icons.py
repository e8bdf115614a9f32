#!/usr/bin/env python3
"""Draws Parley's app icons (two speech bubbles on a blue tile) as SVG and
PNG, with the standard library only. Run once; the outputs are committed.

    python3 scripts/icons.py    # writes public/icons/*
"""
import math
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(__file__), '..', 'public', 'icons')
BLUE, WHITE, ORANGE = (0, 114, 178), (253, 252, 250), (230, 159, 0)

# Shapes in a 512-unit square: (kind, params, colour), drawn in order.
def shapes(pad):
    s = lambda v: pad + v * (512 - 2 * pad) / 512
    r = lambda v: v * (512 - 2 * pad) / 512
    return [
        ('circle', (s(200), s(210), r(118)), WHITE),
        ('triangle', ((s(120), s(290)), (s(190), s(320)), (s(96), s(392))), WHITE),
        ('circle', (s(322), s(304), r(104)), ORANGE),
        ('triangle', ((s(380), s(370)), (s(330), s(400)), (s(420), s(452))), ORANGE),
        ('rect', (s(150), s(180), r(100), r(22)), BLUE),
        ('rect', (s(150), s(222), r(70), r(22)), BLUE),
        ('rect', (s(282), s(290), r(82), r(20)), WHITE),
    ]

def inside(kind, p, x, y):
    if kind == 'circle':
        cx, cy, rad = p
        return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad
    if kind == 'rect':
        rx, ry, w, h = p
        return rx <= x <= rx + w and ry <= y <= ry + h
    (ax, ay), (bx, by), (cx, cy) = p
    d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by)
    d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy)
    d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay)
    neg = d1 < 0 or d2 < 0 or d3 < 0
    pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (neg and pos)

def tile(x, y, corner):
    """Inside the rounded square (corner 0: the whole square, for maskable icons)."""
    if corner == 0:
        return True
    cx = min(max(x, corner), 512 - corner)
    cy = min(max(y, corner), 512 - corner)
    return (x - cx) ** 2 + (y - cy) ** 2 <= corner * corner

def png(size, pad, corner, path):
    shp = shapes(pad)
    rows = []
    k = 512 / size
    offs = [0.25, 0.75]
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for oy in offs:
                for ox in offs:
                    x, y = (i + ox) * k, (j + oy) * k
                    if not tile(x, y, corner):
                        continue
                    col = BLUE
                    for kind, p, c in shp:
                        if inside(kind, p, x, y):
                            col = c
                    acc[0] += col[0]; acc[1] += col[1]; acc[2] += col[2]; acc[3] += 255
            n = len(offs) ** 2
            a = acc[3] // n
            if a:
                row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
            else:
                row += b'\0\0\0\0'
        rows.append(bytes(row))
    # an indexed PNG (a few colours: ~1.4 KB less of the site than RGBA);
    # the same pixels, with the colours that are not opaque first (tRNS)
    pixels = lambda r: [r[x:x + 4] for x in range(1, len(r), 4)]
    palette = sorted({p for r in rows for p in pixels(r)}, key=lambda p: (p[3] == 255, p))
    assert len(palette) <= 256
    index = {p: i for i, p in enumerate(palette)}
    raw = zlib.compress(b''.join(bytes([0] + [index[p] for p in pixels(r)]) for r in rows), 9)
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 3, 0, 0, 0)) \
        + chunk(b'PLTE', b''.join(p[:3] for p in palette)) \
        + (chunk(b'tRNS', bytes(p[3] for p in palette if p[3] != 255)) if palette[0][3] != 255 else b'') \
        + chunk(b'IDAT', raw) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)

def svg(path):
    hexc = lambda c: '#%02x%02x%02x' % c
    parts = [f'<rect width="512" height="512" rx="96" fill="{hexc(BLUE)}"/>']
    for kind, p, c in shapes(0):
        if kind == 'circle':
            parts.append(f'<circle cx="{p[0]:.0f}" cy="{p[1]:.0f}" r="{p[2]:.0f}" fill="{hexc(c)}"/>')
        elif kind == 'rect':
            parts.append(f'<rect x="{p[0]:.0f}" y="{p[1]:.0f}" width="{p[2]:.0f}" height="{p[3]:.0f}" rx="8" fill="{hexc(c)}"/>')
        else:
            pts = ' '.join(f'{x:.0f},{y:.0f}' for x, y in p)
            parts.append(f'<polygon points="{pts}" fill="{hexc(c)}"/>')
    with open(path, 'w') as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">' + ''.join(parts) + '</svg>\n')

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    svg(os.path.join(OUT, 'icon.svg'))
    png(192, 0, 96, os.path.join(OUT, 'icon-192.png'))
    png(512, 0, 96, os.path.join(OUT, 'icon-512.png'))
    png(512, 56, 0, os.path.join(OUT, 'maskable-512.png'))
