"""Draws the app icons (PNG, no dependency): a railway switch — « aiguillage » — in white on the
brand blue. `python3 generate.py` rewrites icon-192.png, icon-512.png and icon-maskable-512.png."""
import math
import struct
import zlib

BLUE = (0x1D, 0x4E, 0x89)
WHITE = (0xFF, 0xFF, 0xFF)


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def strokes(scale):
    """The switch in a unit square: a trunk, the straight track, the diverging track (as a polyline)."""
    s = scale
    c = 0.5 - 0.15 * s
    lines = [((c, 0.5 + 0.36 * s), (c, 0.5 - 0.36 * s))]
    curve = []
    for i in range(13):
        t = i / 12
        x = c + 0.30 * s * t * t
        y = 0.5 + 0.10 * s - 0.46 * s * t
        curve.append((x, y))
    lines += list(zip(curve, curve[1:]))
    return lines, 0.075 * s


def draw(size, scale):
    lines, width = strokes(scale)
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = (x + 0.5) / size, (y + 0.5) / size
            d = min(segment_distance(px, py, *a, *b) for a, b in lines)
            # Anti-aliased edge, one pixel wide.
            cover = max(0.0, min(1.0, (width / 2 - d) * size + 0.5))
            row += bytes(round(BLUE[i] + (WHITE[i] - BLUE[i]) * cover) for i in range(3))
        rows.append(bytes(row))
    return b"".join(rows)


def png(path, size, scale):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(draw(size, scale), 9)) + chunk(b"IEND", b""))


png("icon-192.png", 192, 1.0)
png("icon-512.png", 512, 1.0)
# Maskable: the drawing stays inside the central safe zone (a circle of 80 % of the side).
png("icon-maskable-512.png", 512, 0.72)
