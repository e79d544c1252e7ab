"""Bahasa Indonesia (issue 15): the catalogues are complete and in step with
the code, and every command that prints for people speaks the chosen
language: ``--lang``, the configuration's ``lang``, the locale.  Machine
formats, codes and fingerprints stay English (docs/i18n.md)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from schemalint import i18n, translations
from schemalint.cli import main

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "schemalint"
EXAMPLE = str(REPO / "examples" / "bpjs_peserta.sql")
LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

PESERTA = """CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik CHAR(16) NOT NULL,
  nama VARCHAR(100),
  alamat TEXT
);
"""


@pytest.fixture(autouse=True)
def neutral_locale(monkeypatch):
    """Each test starts in English with no locale language; a test that
    needs one sets it."""
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    yield
    i18n.set_language("en")


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------------------
# the catalogues
# ---------------------------------------------------------------------------

def _ids(catalog):
    return translations.ids(catalog)


def test_every_template_message_has_an_indonesian_translation_with_the_same_placeholders():
    template = _ids(translations.read_po(translations.POT))
    po = _ids(translations.read_po(translations.po_path("id"), locale="id"))
    assert len(template) > 400  # code messages, rule pages and ruleset labels
    bad = []
    for mid in template:
        got = po.get(mid)
        strings = [] if got is None else ([got.string] if isinstance(got.string, str) else list(got.string))
        if not strings or not all(s.strip() for s in strings):
            bad.append(("untranslated", mid))
            continue
        want = translations.placeholders(mid)
        for s in strings:
            if translations.placeholders(s) != want:
                bad.append(("placeholders", mid, s))
    assert bad == []


def _calls():
    """Every _() and ngettext() call in the package: (file, line, args)."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and translations.called(node) in ("_", "ngettext"):
                out.append((path.relative_to(REPO), node.lineno, translations.called(node), node.args))
    return out


def test_every_translated_call_has_literal_arguments_that_the_template_holds():
    template = _ids(translations.read_po(translations.POT))
    calls = _calls()
    assert len(calls) > 200
    bad = []
    for path, line, name, args in calls:
        want = 2 if name == "ngettext" else 1
        literal = [a.value for a in args[:want] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if len(literal) != want:
            bad.append((str(path), line, "not a literal"))
        elif literal[0] not in template:
            bad.append((str(path), line, literal[0]))
    assert bad == []


def test_the_template_is_what_extraction_gives():
    """Nothing missing (a new message) and nothing stale (a removed one):
    run ``python -m schemalint.translations extract`` and ``update id``."""
    assert set(_ids(translations.template())) == set(_ids(translations.read_po(translations.POT)))


def test_the_compiled_catalogue_is_exactly_the_compiled_po():
    po = translations.po_path("id")
    assert Path(po[:-3] + ".mo").read_bytes() == translations.compiled(po)


def test_the_tooling_check_agrees():
    assert translations.problems() == []


def test_no_function_that_translates_binds_the_underscore():
    """``for _, x in ...`` in a function that calls ``_()`` makes ``_`` a
    local: the call then fails (UnboundLocalError) on the path that reaches
    it.  Throwaway names must be spelled otherwise there."""
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    nested = scopes + (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.ClassDef)

    def binds(fn) -> bool:
        stack = list(ast.iter_child_nodes(fn))
        while stack:
            node = stack.pop()
            if isinstance(node, nested):
                continue
            if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
                return True
            if isinstance(node, ast.arg) and node.arg == "_":
                return True
            stack.extend(ast.iter_child_nodes(node))
        return False

    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, scopes) and binds(fn) and any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_"
                    for n in ast.walk(fn)):
                bad.append(f"{path.relative_to(REPO)}:{fn.lineno}")
    assert bad == []


def test_category_labels_are_translated_by_their_english_text():
    i18n.set_language("id")
    assert i18n.tr("NIK (national ID number)") == "NIK (Nomor Induk Kependudukan)"
    assert i18n.tr("Family card number (No. KK)").endswith("(No. KK)")
    assert "NPWP" in i18n.tr("NPWP (tax ID number)")
    # a label no catalogue holds (a project ruleset's own) stays as written
    assert i18n.tr("Nomor anggota koperasi") == "Nomor anggota koperasi"
    i18n.set_language("en")
    assert i18n.tr("NIK (national ID number)") == "NIK (national ID number)"


# ---------------------------------------------------------------------------
# check, rule, audit in Bahasa Indonesia
# ---------------------------------------------------------------------------

def test_check_lang_id_prints_findings_fix_hints_and_summary_in_indonesian(capsys):
    code, out, err = cli(capsys, "check", EXAMPLE, "--no-cache", "--lang", "id", "--show-why", "--statistics")
    assert code == 1, err
    # a finding message, with the category label as an Indonesian DPO reads it
    assert re.search(r"ENC001 \[gov_id\.nik\] peserta\.nik menyimpan NIK \(Nomor Induk Kependudukan\) dalam teks "
                     r"polos CHAR\(16\); enkripsikan", out), out
    assert "tabel peserta menyimpan data pribadi tanpa retensi yang dideklarasikan" in out
    # a fix hint, in the file's own syntax, with the sentence around it translated
    assert re.search(r"    perbaikan: deklarasikan retensi tabel peserta sekali, untuk semua kolom yang tercantum: "
                     r"tambahkan baris ini sebelum baris \d+ di .*bpjs_peserta\.sql: `COMMENT ON TABLE peserta IS "
                     r"'schemalint: retention=", out), out
    assert "atau, untuk menerimanya, tambahkan baris ini" in out
    # the summary and --statistics
    last = out.strip().splitlines()[-1]
    assert re.match(r"Ditemukan \d+ temuan \(\d+ kesalahan, \d+ peringatan, \d+ petunjuk\) yang meminta \d+ "
                    r"keputusan\. Memeriksa 1 berkas \(1 dianalisis\): ", last), last
    assert "berisi data pribadi" in last
    assert re.search(r"^\s+temuan\s+keputusan\s+aturan$", out, re.M)
    # no English sentence left in a finding line (codes, names, types and SQL stay as written)
    for line in out.splitlines():
        if re.match(r".*bpjs_peserta\.sql:\d+:\d+: [A-Z]+\d+ ", line):
            assert not re.search(r"\b(holds|stores|declare|encrypt it|in plaintext)\b", line), line


def test_lang_en_output_is_the_default_output(capsys):
    _, default, _ = cli(capsys, "check", EXAMPLE, "--no-cache", "--show-why", "--statistics")
    _, english, _ = cli(capsys, "check", EXAMPLE, "--no-cache", "--show-why", "--statistics", "--lang", "en")
    assert english == default
    assert "holds NIK (national ID number) in plaintext CHAR(16)" in english
    assert english.strip().splitlines()[-1].startswith("Found ")


def test_rule_page_in_indonesian_comes_from_the_catalogue(capsys):
    code, out, _ = cli(capsys, "rule", "ENC001", "--lang", "id")
    assert code == 0
    assert out.startswith("# ENC001 unencrypted-sensitive-column\n\nkolom dari kategori yang wajib dienkripsi")
    assert "Tingkat keparahan: kesalahan. Kelompok: enkripsi." in out
    for heading in ("## Apa yang diperiksa", "## Mengapa penting", "## Contoh", "## Cara memperbaiki", "## Opsi"):
        assert heading in out
    assert "UU PDP (UU No. 27 Tahun 2022)" in out and "pengendali data" in out
    assert "## What it does" not in out and "Flags every column" not in out
    # code blocks are kept as written: the same SQL example as the English page
    _, english, _ = cli(capsys, "rule", "ENC001")
    fences = re.compile(r"```.*?```", re.S)
    assert fences.findall(out) == fences.findall(english) != []


def test_rules_list_in_indonesian(capsys):
    code, out, _ = cli(capsys, "rules", "--lang", "id")
    assert code == 0
    assert re.search(r"^ENC001\s+unencrypted-sensitive-column\s+error\s+kolom dari kategori", out, re.M)


def test_audit_text_and_markdown_in_indonesian(capsys):
    code, out, _ = cli(capsys, "audit", EXAMPLE, "--no-cache", "--lang", "id")
    assert code == 0
    assert out.startswith("schemalint audit: inventaris data pribadi\n")
    assert "Data pribadi:" in out and "data pribadi yang bersifat spesifik (UU PDP)" in out
    code, out, _ = cli(capsys, "audit", EXAMPLE, "--no-cache", "--lang", "id", "--format", "markdown")
    assert code == 0
    assert out.startswith("# Inventaris data pribadi\n")
    assert "NIK (Nomor Induk Kependudukan)" in out and "| Kolom | Kategori |" in out


def test_audit_html_in_indonesian(tmp_path, capsys):
    out_file = tmp_path / "laporan.html"
    code, _, err = cli(capsys, "audit", EXAMPLE, "--no-cache", "--lang", "id", "--format", "html", "-o",
                       str(out_file))
    assert code == 0, err
    html = out_file.read_text(encoding="utf-8")
    assert '<html lang="id"' in html
    assert "Inventaris data pribadi" in html and "Cara membaca laporan ini" in html
    assert "NIK (Nomor Induk Kependudukan)" in html
    assert "How to read this report" not in html and "Riskiest tables" not in html


def test_machine_formats_stay_english(capsys):
    _, english, _ = cli(capsys, "check", EXAMPLE, "--no-cache", "--format", "json")
    _, asked, _ = cli(capsys, "check", EXAMPLE, "--no-cache", "--format", "json", "--lang", "id")
    assert asked == english
    messages = [f["message"] for f in json.loads(english)["findings"]]
    assert any("holds NIK (national ID number)" in m for m in messages)


def test_fingerprints_do_not_depend_on_the_language(tmp_path, capsys, monkeypatch):
    """A baseline written in Bahasa Indonesia accepts the English run's
    findings: identity is codes and names, never message text."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "peserta.sql").write_text(PESERTA)
    (tmp_path / "x.sql").write_text("-- schemalint: retention=P1Y\n")  # an annotation on nothing: ANN001 by file
    code, _, err = cli(capsys, "baseline", ".", "--no-cache", "--lang", "id", "--isolated")
    assert code == 0, err
    code, out, err = cli(capsys, "check", ".", "--no-cache", "--isolated", "--baseline",
                         "schemalint-baseline.json")
    assert code == 0, out + err
    assert out.strip().splitlines()[-1].startswith("Found 0 findings")


def test_the_cache_answers_each_language_with_its_own_run(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SCHEMALINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "peserta.sql").write_text(PESERTA)
    _, english, _ = cli(capsys, "check", "peserta.sql", "--isolated")
    _, indonesian, _ = cli(capsys, "check", "peserta.sql", "--isolated", "--lang", "id")
    _, again, _ = cli(capsys, "check", "peserta.sql", "--isolated")
    assert "holds NIK" in english and "menyimpan NIK" in indonesian
    assert again == english


# ---------------------------------------------------------------------------
# choosing the language: --lang, configuration, locale
# ---------------------------------------------------------------------------

def test_unknown_lang_is_a_usage_error_listing_the_languages(capsys):
    code, out, err = cli(capsys, "check", EXAMPLE, "--no-cache", "--lang", "xx")
    assert code == 2 and out == ""
    assert "unknown language 'xx'" in err and "(available: en, id)" in err
    code, _, err = cli(capsys, "rule", "ENC001", "--lang", "fr")
    assert code == 2 and "available: en, id" in err


@pytest.mark.parametrize("name,text", [
    (".schemalint.yaml", "lang: id\n"),
    ("pyproject.toml", '[tool.schemalint]\nlang = "id"\n'),
])
def test_lang_in_configuration(tmp_path, capsys, monkeypatch, name, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    (tmp_path / "peserta.sql").write_text(PESERTA)
    code, out, err = cli(capsys, "check", "peserta.sql", "--no-cache")
    assert code == 1, err
    assert "peserta.nik menyimpan NIK (Nomor Induk Kependudukan)" in out
    assert out.strip().splitlines()[-1].startswith("Ditemukan ")
    # the command line overrides the configuration
    _, out, _ = cli(capsys, "check", "peserta.sql", "--no-cache", "--lang", "en")
    assert "peserta.nik holds NIK (national ID number)" in out
    # and rule pages follow the configuration too
    _, out, _ = cli(capsys, "rule", "RET001")
    assert "## Apa yang diperiksa" in out


@pytest.mark.parametrize("name,text", [
    (".schemalint.yaml", "lang: fr\n"),
    ("pyproject.toml", '[tool.schemalint]\nlang = "id_XX"\n'),
])
def test_unknown_lang_in_configuration_names_the_file_and_key(tmp_path, capsys, monkeypatch, name, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    (tmp_path / "peserta.sql").write_text(PESERTA)
    code, out, err = cli(capsys, "check", "peserta.sql", "--no-cache")
    assert code == 2 and out == ""
    assert name in err and "setting 'lang'" in err and "available: en, id" in err


@pytest.mark.parametrize("env,lang", [
    ({"LANG": "id_ID.UTF-8"}, "id"),
    ({"LC_MESSAGES": "id_ID"}, "id"),
    ({"LC_ALL": "id_ID.utf8", "LANG": "en_US.UTF-8"}, "id"),
    ({"LC_ALL": "C", "LANG": "id_ID.UTF-8"}, "en"),  # LC_ALL wins, and C is English
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # no catalogue: English, not an error
    ({"LANG": "indonesian"}, "en"),  # not a language code
    ({}, "en"),
])
def test_the_locale_chooses_the_default(env, lang):
    assert i18n.choose(None, None, env) == lang


def test_locale_default_and_lang_en_override(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    code, out, _ = cli(capsys, "check", EXAMPLE, "--no-cache")
    assert code == 1 and "menyimpan NIK (Nomor Induk Kependudukan)" in out
    _, out, _ = cli(capsys, "check", EXAMPLE, "--no-cache", "--lang", "en")
    assert "holds NIK (national ID number)" in out and "menyimpan" not in out


def test_usage_errors_speak_the_language(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = cli(capsys, "check", str(tmp_path / "empty"), "--no-cache", "--lang", "id")
    assert code == 2
    assert err.startswith("schemalint: galat: tidak ditemukan berkas skema atau migrasi di ")
    code, _, err = cli(capsys, "check", EXAMPLE, "--no-cache", "--lang", "id", "--select", "ENC999")
    assert code == 2 and "kode atau nama aturan tidak dikenal: ENC999" in err
