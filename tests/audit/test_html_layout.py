"""The HTML audit report fits the page (issue 15): at 1280 px and on a
phone (390 px) nothing widens the page past the window, long texts
(a 300-character column name, a long path, long evidence, a URL) wrap,
long lists fold into ``<details>``, and the report tables fit their box
(cards on narrow screens).

Two kinds of test:

- plain ones, on the markup: the viewport meta, the wrapping and
  fixed-layout rules, every report table in its own scrolling box, every
  cell labelled for the card layout, long lists folded, the strings and
  the ``lang`` attribute through :mod:`schemalint.i18n`;
- one in a real headless browser (the Debian package ``chromium``): the
  report, unchanged (its Content-Security-Policy included), is laid out in
  two ``<iframe>`` viewports of 1280x800 and 390x844 (a headless window
  cannot be narrower than 500 px; an iframe's document is laid out, media
  queries included, at the iframe's width); a script of the outer page
  measures each document and writes the figures into the DOM that
  ``chromium --dump-dom`` prints.  No timing is asserted.
"""

from __future__ import annotations

import ast
import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from schemalint.audit import htmlreport, render
from tests.audit.conftest import audit_run

#: the hostile long texts of the fixture project
LONG_DIR = ("db/" + "migrasi_data_kependudukan_dan_layanan_kesehatan_" * 3 + "/" + "arsip_" * 20)
LONG_FILE = "V1__" + "buat_tabel_pasien_dengan_semua_data_pribadi_" * 4 + ".sql"
LONG_COLUMN = ("nomor_induk_kependudukan_pasien_" * 10)[:296] + "_nik"  # 300 characters, no space
LONG_TABLE = "pasien_" + "rumah_sakit_umum_daerah_" * 6
LONG_URL = "https://example.org/" + "kebijakan/" * 20 + "retensi?ref=" + "x" * 80
ADDRESS = "alamat_lengkap_tempat_tinggal_sesuai_ktp_elektronik"

LONG_SQL = f'''CREATE TABLE "{LONG_TABLE}" (
  id INT PRIMARY KEY,
  "{LONG_COLUMN}" VARCHAR(16),
  nama_lengkap VARCHAR(100),
  {ADDRESS} TEXT,
  tanggal_lahir DATE,
  no_hp VARCHAR(20),
  email VARCHAR(100),
  nik VARCHAR(16),
  diagnosa TEXT
);
COMMENT ON COLUMN "{LONG_TABLE}".{ADDRESS} IS 'schemalint: purpose={LONG_URL}';
COMMENT ON COLUMN "{LONG_TABLE}".nama_lengkap IS 'schemalint: retention={"x" * 150}';
GRANT SELECT ON "{LONG_TABLE}" TO anon, authenticated, pegawai_rekam_medis_dan_administrasi_keuangan,
  auditor_eksternal_kementerian_kesehatan_republik_indonesia, PUBLIC;
CREATE TABLE "<b>{"x" * 120}</b>" (id INT PRIMARY KEY, nik VARCHAR(16), nama VARCHAR(100));
'''

#: the window sizes the report must fit: (name, width, height)
VIEWPORTS = (("desktop", 1280, 800), ("phone", 390, 844))


@pytest.fixture(scope="module")
def long_names(tmp_path_factory):
    root = tmp_path_factory.mktemp("long")
    d = root / LONG_DIR
    d.mkdir(parents=True)
    (d / LONG_FILE).write_text(LONG_SQL, encoding="utf-8")
    return audit_run(root)[1]


@pytest.fixture(scope="module")
def long_report(long_names):
    return render("html", long_names)


class Page(HTMLParser):
    """Elements as (tag, attrs, ancestors) and the stylesheet."""

    VOID = {"meta", "br", "col", "input", "img", "hr", "link"}

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements, self.stack, self.style = [], [], ""
        self.text_of = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        el = (tag, dict(attrs), tuple(self.stack))
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs), len(self.elements) - 1))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "style":
            self.style += data
        for _tag, _attrs, idx in self.stack:
            self.text_of[idx] = self.text_of.get(idx, "") + data


def _classes(attrs) -> set:
    return set((attrs.get("class") or "").split())


# -- the markup, without a browser -------------------------------------------------


def test_the_page_declares_a_viewport_and_wraps_long_text(long_report):
    p = Page(long_report)
    metas = [a for t, a, _ in p.elements if t == "meta"]
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
    css = re.sub(r"\s+", " ", p.style)
    assert re.search(r"body \{[^}]*overflow-wrap: anywhere", css)  # every text, even without spaces
    assert re.search(r"\.scroll \{[^}]*overflow-x: auto", css)
    assert re.search(r"table \{[^}]*table-layout: fixed", css)  # no cell widens its table
    assert "@media screen and (max-width: 1000px)" in css and "content: attr(data-label)" in css
    for name, widths in htmlreport._WIDTHS.items():
        assert sum(widths) == 100, name
        assert f"table.{name} th:nth-child({len(widths)})" in css


def test_every_report_table_is_in_its_own_scrolling_box_with_labelled_cells(long_names, long_report):
    p = Page(long_report)
    tables = [(a, anc) for t, a, anc in p.elements if t == "table"]
    assert len(tables) == 3  # the ranking and one per table with personal data
    for attrs, ancestors in tables:
        assert "scroll" in _classes(ancestors[-1][1]), attrs  # the table's parent scrolls, not the page
        assert "cards" in _classes(attrs)
    heads = {}
    for i, (tag, _attrs, ancestors) in enumerate(p.elements):
        if tag == "th":
            table = next(a for t, a, _ in reversed(ancestors) if t == "table")
            heads.setdefault(table["class"], []).append(p.text_of.get(i, ""))
    assert heads["rank cards"][-1] == "Why" and heads["cols cards"][-2:] == ["Findings", "Fix"]
    rows = cells = 0
    for tag, attrs, ancestors in p.elements:
        if tag == "tr" and ancestors[-1][0] == "tbody":
            rows += 1
        if tag == "td":
            table = next(a for t, a, _ in reversed(ancestors) if t == "table")
            assert attrs.get("data-label") in heads[table["class"]], attrs
            cells += 1
    assert rows == len(long_names.tables) + sum(len(t.columns) for t in long_names.tables)
    assert cells == 10 * rows


def test_the_long_texts_are_there_whole_and_escaped(long_report):
    assert LONG_COLUMN in long_report and LONG_URL.replace("&", "&amp;") in long_report
    assert html.escape(f"{LONG_DIR}/{LONG_FILE}") in long_report
    assert "<b>xxx" not in long_report and "&lt;b&gt;xxx" in long_report


def test_long_lists_fold_into_details(long_names, long_report):
    p = Page(long_report)
    col = next(c for t in long_names.tables for c in t.columns if c.name == LONG_COLUMN)
    assert len(col.evidence) > htmlreport.FOLD_AFTER and len(col.readers) > htmlreport.FOLD_AFTER
    row = next(i for i, (t, a, _) in enumerate(p.elements) if t == "tr" and a.get("data-column") == LONG_COLUMN)
    inside = [(t, a, anc) for t, a, anc in p.elements if row in [x[2] for x in anc]]
    details = [i for i, (t, a, anc) in enumerate(p.elements) if t == "details" and row in [x[2] for x in anc]]
    assert len(details) == 2  # evidence and readers
    folded = sum(1 for t, a, anc in inside if t == "li" and any(x[2] in details for x in anc))
    shown = sum(1 for t, a, anc in inside if t == "li" and not any(x[2] in details for x in anc))
    hidden = len(col.evidence) - htmlreport.FOLD_AFTER + len(col.readers) - htmlreport.FOLD_AFTER
    assert folded == hidden
    assert shown == 2 * htmlreport.FOLD_AFTER + len(col.findings) + len(col.fix)
    summaries = [p.text_of[i + 1] for i in details]
    assert summaries == [f"{len(col.evidence) - 3} more", f"{len(col.readers) - 3} more"]
    # anonymous readers of every row come first: shown, never folded away
    exposed = [anc for t, a, anc in inside if t == "li" and a.get("class") == "over"]
    assert len(exposed) == sum(1 for r in col.readers if r.anonymous and r.rows == "all") >= 1
    assert not any(x[2] in details for anc in exposed for x in anc)


def test_a_short_list_is_not_folded(bpjs):
    out = render("html", bpjs)
    col = next(c for t in bpjs.tables for c in t.columns if c.name == "email")
    assert len(col.evidence) <= htmlreport.FOLD_AFTER
    row = out[out.index('data-column="email"'):]
    row = row[:row.index("</tr>")]
    assert "<details" not in row


def test_strings_go_through_gettext_and_lang_follows_the_language(bpjs, monkeypatch):
    """With a catalogue that marks every message, the page's own words are
    translated (and escaped), the input's names are not; ``lang`` is the
    current language."""
    import gettext

    from schemalint import i18n

    class Marked(gettext.NullTranslations):
        def gettext(self, message):
            return "\u00ab<" + message + "\u00bb"

        def ngettext(self, singular, plural, n):
            return "\u00ab<" + (singular if n == 1 else plural) + "\u00bb"

    monkeypatch.setattr(i18n, "_current", Marked())
    monkeypatch.setattr(i18n, "_language", "id")
    out = render("html", bpjs)
    assert '<html lang="id">' in out
    assert "<th>\u00ab&lt;Readable by\u00bb</th>" in out and "<th>\u00ab&lt;Findings\u00bb</th>" in out
    assert 'data-label="\u00ab&lt;Fix\u00bb"' in out
    assert "<h1>\u00ab&lt;Personal-data inventory\u00bb</h1>" in out
    assert 'data-table="peserta"' in out and "<code>nik</code>" in out  # names stay as written
    assert "\u00ab<" not in out  # a translation cannot inject markup either


def test_every_message_is_a_literal():
    """``_()`` and ``ngettext()`` take string literals, so the catalogue
    extractor sees every message of the report."""
    tree = ast.parse(Path(htmlreport.__file__).read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id in ("_", "ngettext")]
    assert len(calls) > 60
    for call in calls:
        literal = call.args[:2] if call.func.id == "ngettext" else call.args
        assert literal and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literal), (
            ast.unparse(call))


# -- in a real browser ------------------------------------------------------------------

MEASURE = r"""
function measure(frame) {
  var doc = frame.contentDocument, win = doc.defaultView, root = doc.documentElement;
  var vw = root.clientWidth, out = {requested: frame.width, viewport: win.innerWidth, client: vw,
    scroll: root.scrollWidth, body: doc.body.scrollWidth, offenders: [], boxes: [], rows: [], hostile: null};
  function scrolls(el) {
    for (var a = el.parentElement; a && a !== doc.body; a = a.parentElement) {
      if (win.getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  }
  function name(el) {
    return el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '');
  }
  doc.body.querySelectorAll('*').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if ((r.right > vw + 0.5 || r.left < -0.5) && r.width > 0 && !scrolls(el) && out.offenders.length < 10) {
      out.offenders.push([name(el), Math.round(r.left), Math.round(r.right)]);
    }
  });
  doc.querySelectorAll('.scroll').forEach(function (el) {
    var what = el.querySelector('table') ? el.querySelector('table').className : 'svg';
    out.boxes.push([what, el.scrollWidth, el.clientWidth, Math.round(el.getBoundingClientRect().right)]);
  });
  doc.querySelectorAll('table.cards tbody tr').forEach(function (tr) {
    var last = tr.lastElementChild.getBoundingClientRect();
    out.rows.push([win.getComputedStyle(tr).display, Math.round(last.right), Math.round(last.width)]);
  });
  var cell = doc.querySelector('tr[data-column="' + %(column)s + '"] code');
  if (cell) { var r = cell.getBoundingClientRect(); out.hostile = [Math.round(r.width), Math.round(r.height)]; }
  return out;
}
window.addEventListener('load', function () {
  var result = {};
  document.querySelectorAll('iframe').forEach(function (f) { result[f.id] = measure(f); });
  var pre = document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
});
"""


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


def measure_in_chromium(report: str, workdir: Path) -> dict:
    """Lay ``report`` out at every :data:`VIEWPORTS` size in headless
    Chromium; the figures of :data:`MEASURE` per viewport."""
    exe = _chromium()
    if exe is None:
        pytest.skip("needs a headless browser: the Debian package chromium (apt-get install chromium)")
    frames = "".join(
        f'<iframe id="{name}" width="{w}" height="{hgt}" style="border:0;display:block" '
        f'srcdoc="{html.escape(report, quote=True)}"></iframe>' for name, w, hgt in VIEWPORTS)
    script = MEASURE % {"column": json.dumps(LONG_COLUMN)}
    page = workdir / "measure.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
                    f"{frames}<script>{script}</script></body></html>", encoding="utf-8")
    width = max(w for _n, w, _h in VIEWPORTS) + 40
    height = sum(hgt for _n, _w, hgt in VIEWPORTS) + 40
    cmd = [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--no-first-run", "--no-default-browser-check", "--disable-extensions",
           "--disable-background-networking", "--hide-scrollbars", f"--user-data-dir={workdir / 'profile'}",
           f"--window-size={width},{height}", "--dump-dom", page.as_uri()]
    env = dict(os.environ, HOME=str(workdir))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chromium did not finish within 180 s: {' '.join(cmd)}")
    m = re.search(r'<pre id="measured">(.*?)</pre>', proc.stdout, re.S)
    assert m, f"chromium printed no measurement (exit {proc.returncode}): {proc.stderr[-2000:]}"
    return json.loads(html.unescape(m.group(1)))


def assert_fits(figures: dict) -> None:
    for name, w, _h in VIEWPORTS:
        f = figures[name]
        assert f["viewport"] == w, (name, f)  # laid out at the size we claim
        assert f["scroll"] <= f["client"] and f["body"] <= f["client"], (name, "the page scrolls sideways", f)
        assert f["offenders"] == [], (name, "elements past the window's right edge", f["offenders"])
        for what, scroll_w, client_w, right in f["boxes"]:
            assert right <= f["client"], (name, what, right)
            if what != "svg":  # the heat map keeps its size and scrolls in its box; a table fits its box
                assert scroll_w <= client_w, (name, what, scroll_w, client_w)
        assert f["rows"], name
        for display, right, cell_w in f["rows"]:
            assert right <= f["client"] and cell_w > 0, (name, right, cell_w)  # Fix/Why cell on screen
            assert display == ("grid" if w <= 1000 else "table-row"), (name, display)  # cards on a phone


@pytest.fixture(scope="module")
def browser_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("chromium")


def test_the_report_with_long_names_fits_desktop_and_phone(long_report, browser_dir):
    figures = measure_in_chromium(long_report, browser_dir)
    assert_fits(figures)
    for name, w, _h in VIEWPORTS:
        width, height = figures[name]["hostile"]
        assert width < w and height > 40, (name, width, height)  # the 300-character name wraps on lines


def test_the_unwrapped_report_would_overflow(long_report, browser_dir):
    """The check can fail: without the wrapping rules and the fixed table
    layout, the same report is wider than a phone."""
    broken = (long_report.replace("overflow-wrap: anywhere", "overflow-wrap: normal")
              .replace("table-layout: fixed", "table-layout: auto"))
    assert broken != long_report
    figures = measure_in_chromium(broken, browser_dir)
    with pytest.raises(AssertionError):
        assert_fits(figures)


@pytest.mark.corpus
def test_a_corpus_report_fits_desktop_and_phone(corpus, browser_dir):
    """A real schema's report (Khanza, hundreds of tables) fits too."""
    from schemalint.audit import build_inventory
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    run = build(RunOptions(paths=[str(corpus / "khanza-ikti-pg")], use_cache=False), Config())
    report = render("html", build_inventory(run))
    figures = measure_in_chromium(report, browser_dir)
    assert_fits(figures)
