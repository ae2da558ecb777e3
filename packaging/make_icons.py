"""Render ``assets/icon.svg`` into the icon files each platform's bundle wants, with Qt (already a dependency).

Writes ``resetbutton.png`` (256 px, Linux), ``resetbutton.ico`` (Windows) and ``resetbutton.icns`` (macOS)
into the directory given. ICO and ICNS are written by hand around Qt-rendered PNGs: both formats may hold
PNG entries, and this keeps the build independent of which Qt image plugins a wheel happens to ship.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode a {size} px PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO whose entries are PNGs (read by every Windows since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + directory + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(svg: Path, out_dir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no display
    _app = QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render_png(renderer, size) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "resetbutton.png").write_bytes(images[256])
    (out_dir / "resetbutton.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (out_dir / "resetbutton.icns").write_bytes(icns(images))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: make_icons.py ICON.svg OUT_DIR")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
