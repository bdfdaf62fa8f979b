"""The HTML view in a real browser: headless Chromium renders each seed, takes a screenshot,
and the rendered DOM holds every highlight, styled, in a layout that fits wide screens and phones.

Skipped, with the reason, where Chromium is not installed; ``.ci/run`` installs it where apt
can and then sets ``GOVNEWS_REQUIRE_BROWSER=1``, which turns the skip into a failure.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import struct
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import govnews
from govnews.document import Document
from govnews.render import KINDS, render_html

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


CHROMIUM = _chromium()
REQUIRED = os.environ.get("GOVNEWS_REQUIRE_BROWSER") == "1"
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRED,
    reason="headless Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it",
)

# Test-only probe, appended to a copy of the page: it reads what the browser laid out and
# writes it into the DOM, where --dump-dom shows it. The page itself carries no script.
PROBE = """<script>
(function () {
  var out = {kinds: {}, fragments: 0, styles: {}, layout: []};
  document.querySelectorAll('.hl').forEach(function (el) {
    out.fragments += 1;
    if (!el.classList.contains('hl-first')) return;
    var k = el.dataset.kind;
    out.kinds[k] = (out.kinds[k] || 0) + 1;
    if (!(k in out.styles)) {
      var cs = getComputedStyle(el);
      out.styles[k] = {decoration: cs.textDecorationLine, background: cs.backgroundColor,
                       border: cs.borderBottomStyle, visible: el.getClientRects().length > 0 || !el.textContent};
    }
  });
  document.querySelectorAll('.cols').forEach(function (c) {
    var s = c.querySelector('.src').getBoundingClientRect(), r = c.querySelector('.rec').getBoundingClientRect();
    out.layout.push({srcRight: s.right, srcBottom: s.bottom, recLeft: r.left, recTop: r.top,
                     overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1});
  });
  out.legend = Array.prototype.map.call(document.querySelectorAll('.legend [data-legend]'),
                                        function (e) { return e.dataset.legend; });
  out.viewport = document.documentElement.clientWidth;
  window.parent.document.body.setAttribute('data-probe', JSON.stringify(out));
})();
</script>"""

WIDE = (1280, 1600)
PHONE = (390, 844)


def run_chromium(page: str, tmp: Path, size: tuple[int, int], tag: str) -> tuple[dict[str, Any], Path]:
    """Open ``page`` (with the probe) in headless Chromium; return the probe's findings and the screenshot."""
    assert CHROMIUM is not None, "GOVNEWS_REQUIRE_BROWSER=1 but no chromium on PATH"
    src = tmp / f"{tag}.html"
    probed = page.replace("</body>", PROBE + "</body>")
    if size[0] < 500:
        # Chromium's window is never narrower than 500 px, so a phone's viewport is an iframe of its width
        # (srcdoc keeps it same-origin, so the probe can write into the outer page).
        probed = (f'<!doctype html><html><body style="margin:0"><iframe style="border:0;width:{size[0]}px;'
                  f'height:{size[1]}px" srcdoc="{html.escape(probed, quote=True)}"></iframe></body></html>')
    src.write_text(probed, encoding="utf-8")
    shot = tmp / f"{tag}.png"
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        "--hide-scrollbars", f"--user-data-dir={tmp / ('profile-' + tag)}",
        f"--screenshot={shot}", f"--window-size={size[0]},{size[1]}", "--dump-dom", src.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    keep = os.environ.get("GOVNEWS_SCREENSHOTS")  # a folder to keep the screenshots in, for a person to look at
    if keep and shot.exists():
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / f"{tag}-{size[0]}x{size[1]}.png")
    marker = 'data-probe="'
    at = proc.stdout.find(marker)
    assert at >= 0, f"the probe did not run; DOM starts {proc.stdout[:300]!r}; stderr {proc.stderr[-1000:]}"
    end = proc.stdout.index('"', at + len(marker))
    return json.loads(html.unescape(proc.stdout[at + len(marker) : end])), shot


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def expected(doc: Document) -> Counter[str]:
    c: Counter[str] = Counter(noise=len(doc.noise), repair=len(doc.repairs))
    for a in doc.articles:
        c.update(article=1, title=a.title is not None, subtitle=a.subtitle is not None,
                 dateline=a.dateline is not None, published=a.published is not None, column=len(a.columns),
                 byline=len(a.bylines), heading=len(a.headings), paragraph=len(a.paragraphs),
                 fact=len(a.facts), date=len(a.dates), extra=len(a.extras))
    return +c


def check_probe(probe: dict[str, Any], want: Counter[str], size: tuple[int, int]) -> None:
    assert Counter(probe["kinds"]) == want
    assert probe["legend"] == [kind for kind, _label in KINDS]
    assert probe["viewport"] == size[0]
    styles = probe["styles"]
    if "noise" in styles:
        assert "line-through" in styles["noise"]["decoration"]
    if "repair" in styles:
        assert "underline" in styles["repair"]["decoration"]
    for kind in ("fact", "date", "dateline", "byline", "title"):
        if kind in styles:
            assert styles[kind]["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), kind
    for box in probe["layout"]:
        assert not box["overflow"], "the page scrolls sideways"
        if size[0] >= 1000:  # side by side
            assert box["recLeft"] >= box["srcRight"] - 1 and box["recTop"] < box["srcBottom"]
        else:  # stacked
            assert box["recTop"] >= box["srcBottom"] - 1


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_in_chromium(path: Path, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = govnews.parse(text)
    probe, shot = run_chromium(render_html([(path.name, doc, text)]), tmp_path, WIDE, path.stem)
    check_probe(probe, expected(doc), WIDE)
    assert png_size(shot) == WIDE
    assert shot.stat().st_size > 20_000, "the screenshot looks blank"


@pytest.mark.parametrize("size", [WIDE, PHONE], ids=["wide", "phone"])
def test_every_kind_in_chromium(size: tuple[int, int], tmp_path: Path) -> None:
    from test_render import TEXT, full_document

    doc = full_document()
    probe, shot = run_chromium(render_html([("every-kind.txt", doc, TEXT)]), tmp_path, size, "every")
    check_probe(probe, expected(doc), size)
    assert set(probe["kinds"]) == {kind for kind, _label in KINDS}
    assert probe["fragments"] > sum(probe["kinds"].values())  # crossing spans were split
    assert png_size(shot) == size and shot.stat().st_size > 10_000


def test_all_seeds_on_a_phone(tmp_path: Path) -> None:
    docs = [(p.name, govnews.parse(p.read_text(encoding="utf-8")), p.read_text(encoding="utf-8")) for p in SEEDS]
    probe, shot = run_chromium(render_html(docs), tmp_path, PHONE, "phone")
    want: Counter[str] = Counter()
    for _name, doc, _text in docs:
        want += expected(doc)
    check_probe(probe, want, PHONE)
    assert len(probe["layout"]) == len(SEEDS)
    assert png_size(shot) == PHONE and shot.stat().st_size > 10_000
