"""The HTML dossier: self-contained, and drawn in headless Chromium (chart and network not blank)."""
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def dossier(sample_home_template, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "clearview.html"
    result = runner.invoke(app, ["report", "clearview", "--out", str(out), "--home", str(sample_home_template)])
    assert result.exit_code == 0, result.output
    return out


def test_dossier_content_is_self_contained(dossier):
    html = dossier.read_text()
    assert "<h1>Clearview AI</h1>" in html
    for section in ("profile", "timeline", "network", "sources"):
        assert f'id="{section}"' in html
    assert html.count("<svg") == 2 and 'class="chart network"' in html
    assert "YouTube" in html and "cease_and_desist" in html and "<blockquote>" in html
    assert not re.search(r"""(src|href)=["']https?://[^"']*\.(js|css|png|svg|woff2?)""", html)
    assert "<link" not in html and "@import" not in html


def _png_pixels(path: Path):
    """A tiny PNG decoder (8-bit RGB/RGBA, non-interlaced): width, height, rows of bytes, channels."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = prev[x], prev[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, channels


def _colours(rows, channels, top, bottom, left, right) -> set:
    out = set()
    for y in range(top, bottom, 2):
        row = rows[y]
        for x in range(left, right, 2):
            out.add(row[x * channels:x * channels + 3])
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_dossier_renders_in_headless_chromium(dossier, tmp_path):
    shot = tmp_path / "shot.png"
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    url = dossier.resolve().as_uri()
    proc = subprocess.run(flags + [f"--screenshot={shot}", "--window-size=1280,1600", url],
                          capture_output=True, text=True, timeout=90)
    assert shot.exists(), proc.stderr[-2000:]
    console = [l for l in proc.stderr.splitlines() if "CONSOLE" in l or "Uncaught" in l]
    assert not console, console
    dom = subprocess.run(flags + ["--dump-dom", url], capture_output=True, text=True, timeout=90)
    assert 'data-scrutiny-ready="2"' in dom.stdout, dom.stderr[-2000:]  # the inline script ran, both pictures there
    assert not [l for l in dom.stderr.splitlines() if "CONSOLE" in l or "Uncaught" in l]

    width, height, rows, channels = _png_pixels(shot)
    assert (width, height) == (1280, 1600)
    # the timeline chart sits at about y 340-790, the network below y 880 (1280-wide layout)
    chart = _colours(rows, channels, 340, 760, 140, 1100)
    network = _colours(rows, channels, 900, 1580, 140, 1100)
    assert len(chart) >= 12, len(chart)      # the lanes' dots in many action colours
    assert len(network) >= 12, len(network)  # nodes by kind and edges by action
    page = _colours(rows, channels, 0, height, 0, width)
    assert len(page) > 50
