"""Lexicons: the clinical lexicon's build, loading, validation, extends,
path confinement and the snapshot."""

import importlib.util
import json
import os
import pickle
from importlib import metadata
from pathlib import Path

import pytest

from schemalint.classify import lexicon as lexmod
from schemalint.classify import load_ruleset
from schemalint.classify.lexicon import Lexicon, LexiconError, normalise, parse
from schemalint.classify.ruleset import SNAPSHOT_SUFFIX, RulesetError, _default_path, write_snapshot

ROOT = Path(__file__).resolve().parents[2]
LEXDIR = ROOT / "rulesets" / "lexicon"


def _build_module():
    spec = importlib.util.spec_from_file_location("lexicon_build", LEXDIR / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _shown(p: Path) -> str:
    rel = os.path.relpath(p)
    return rel if not rel.startswith("..") else str(p)


# -- the build ------------------------------------------------------------------

def test_the_english_lexicon_rebuilds_byte_for_byte_from_its_recorded_source():
    """clinical-en.txt is what rulesets/lexicon/build.py makes from the
    package version its header records (the test extra pins it)."""
    build = _build_module()
    recorded = build.recorded_version()
    try:
        installed = metadata.version(build.SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{build.SOURCE_PACKAGE} is not installed (pip install "
                    f"'{build.SOURCE_PACKAGE}=={recorded}'): cannot rebuild the English lexicon")
    if installed != recorded:
        pytest.skip(f"{build.SOURCE_PACKAGE} {installed} is installed, the lexicon records {recorded}")
    assert build.build().encode("utf-8") == (LEXDIR / "clinical-en.txt").read_bytes(), (
        "rulesets/lexicon/clinical-en.txt differs from a rebuild: python rulesets/lexicon/build.py")


TABULAR = """<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>2026</version>
 <chapter><name>6</name><desc>Diseases of the nervous system</desc>
  <section id="G00-G09"><desc>Inflammatory diseases</desc>
   <diag><name>G00</name><desc>Bacterial meningitis, not elsewhere classified</desc>
    <diag><name>G00.1</name><desc>Pneumococcal meningitis, left side</desc></diag>
   </diag>
  </section>
 </chapter>
 <chapter><name>13</name><desc>Musculoskeletal</desc>
  <section id="M35"><desc>Other</desc>
   <diag><name>M35.0</name><desc>Sj\u00f6gren's syndrome, unspecified</desc></diag>
  </section>
 </chapter>
 <chapter><name>20</name><desc>External causes of morbidity</desc>
  <section id="V00"><desc>Pedestrian</desc>
   <diag><name>V00.1</name><desc>Rolling-type pedestrian conveyance accident on skateboard</desc></diag>
  </section>
 </chapter>
</ICD10CM.tabular>
"""


def test_title_words_read_diagnosis_titles_folded_and_skip_external_causes():
    build = _build_module()
    words = build.title_words(TABULAR.encode("utf-8"))
    assert {"bacterial", "meningitis", "pneumococcal", "sjogren", "syndrome"} <= words
    assert "skateboard" not in words and "pedestrian" not in words  # chapter 20
    assert "inflammatory" not in words  # a section title, not a code title
    assert "sj" not in words and "gren" not in words  # folded, not split at the umlaut


def test_the_stoplist_keeps_schema_words_out_and_clinical_words_in():
    lines = (LEXDIR / "clinical-en.txt").read_text(encoding="utf-8").splitlines()
    entries = {line for line in lines if line and not line.startswith("#")}
    for word in ("fever", "chills", "mammogram", "diabetes", "tobacco", "tonsillitis", "pregnant",
                 "vaccinated", "systolic", "diastolic", "heart", "insulin"):
        assert word in entries, word
    for word in ("left", "right", "unspecified", "other", "with", "type", "due", "status", "code",
                 "name", "date", "history", "patient", "birth", "sex", "cell", "emergency",
                 "retention", "skateboard"):
        assert word not in entries, word
    assert entries == set(sorted(entries))  # one entry per line, no duplicates
    header = [line for line in lines if line.startswith("#")]
    assert any("simple-icd-10-cm" in h and "1.5.0" in h for h in header)
    assert any("public-domain" in h for h in header)
    assert any(h.startswith("# command:") for h in header)


# -- the default ruleset's clinical lexicon --------------------------------------

def test_default_clinical_lexicon_knows_clinical_words_of_both_languages(rs):
    lex = rs.lexicon("clinical")
    assert isinstance(lex, frozenset) and len(lex) > 4000
    for entry in ("fever", "chills", "tobacco", "sistole", "diastole", "subyektif", "prognosa",
                  "anamnesa", "odontogram", "karies", "tekanan darah", "hasil lab", "imunisasi"):
        assert entry in lex, entry
    tok = rs.engine.tokenizer.tokens
    cases = {
        "heart_attack": ("heart",), "last_mammogram": ("mammogram",),
        "relatives_diabetes": ("diabetes",), "kode_prognosa": ("prognosa",),
        "tekananDarah": ("tekanan darah", "darah"), "hasil_lab": ("hasil lab",),
        "tgl_lahir": (), "nama_pasien": (), "created_at": (), "left_eye_code": ("eye",),
    }
    for column, hits in cases.items():
        assert lex.hits(tok(column)) == hits, column


def test_a_ruleset_without_lexicons_gives_empty_ones(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_text("schemalint-ruleset: 1\nname: r\ncategories:\n  health.x: {label: X, tier: high, "
                 "pdp: specific, vocabulary: {strong: [xray]}}\n", encoding="utf-8")
    rs = load_ruleset(p)
    assert rs.lexicon_names == () and rs.lexicon("clinical") == frozenset()
    assert rs.lexicon("clinical").hits(("fever",)) == ()


# -- normalisation and matching ----------------------------------------------------

def test_entries_are_normalised_by_the_classifiers_tokenizer(rs):
    tok = rs.engine.tokenizer.tokens
    kept, left_out = normalise(["Tekanan Darah", "tekanan_darah", "gula-darah", "spo2", "hba1c",
                                "fever", "toes", "childbirth"], tok)
    # 'childbirth' is a word of a lexicon, so the tokenizer keeps it whole
    assert kept == {"tekanan darah", "gula darah", "spo2", "hba # c", "fever", "childbirth"}
    # the tokenizer rewrites this one into the ruleset's own word ('to')
    assert left_out == ("toes",)
    assert tok("toes") == ("to",) and Lexicon("x", kept).hits(tok("valid_to")) == ()


def test_hits_prefer_phrases_and_report_each_entry_once():
    lex = Lexicon("x", {"darah", "tekanan darah", "gula darah", "nyeri"})
    assert lex.max_words == 2
    assert lex.hits(("tekanan", "darah", "nyeri", "darah")) == ("tekanan darah", "darah", "nyeri")
    assert lex.hits(("gula",)) == ()
    assert lex.hits(()) == ()


def test_a_lexicon_pickles_with_its_name():
    lex = Lexicon("clinical", {"fever", "tekanan darah"}, ("toes",))
    back = pickle.loads(pickle.dumps(lex))
    assert back == lex and back.name == "clinical" and back.max_words == 2 and back.left_out == ("toes",)


def test_suffixes_make_a_word_an_entry_whatever_its_stem():
    lex = Lexicon("clinical", {"fever"}, suffixes=("ectomy", "itis"))
    assert lex.hits(("date", "appendectomy")) == ("appendectomy",)
    assert lex.hits(("colitis", "fever")) == ("colitis", "fever")
    # three letters of stem at least, letters only, and no ending in the middle of a word
    assert lex.hits(("itis", "abitis", "abcitis", "ectomy2", "ectomyx")) == ("abcitis",)
    assert Lexicon("plain", {"fever"}).hits(("appendectomy",)) == ()
    back = pickle.loads(pickle.dumps(lex))
    assert back.suffixes == ("ectomy", "itis") and back.hits(("colitis",)) == ("colitis",)


def test_the_default_clinical_suffixes_hit_no_common_english_word_outside_health(rs):
    lex = rs.lexicon("clinical")
    assert lex.suffixes and lex.hits(("tonsillectomy", "tracheostomy", "neuropathy")) == (
        "tonsillectomy", "tracheostomy", "neuropathy")
    words = (LEXDIR / "words-en.txt").read_text(encoding="utf-8").split()
    hit = [w for w in words if w.isalpha() and w not in lex and lex.hits((w,))]
    assert hit == ["homeopathy"], hit  # a therapy: health all the same


@pytest.mark.parametrize("suffixes,problem", [
    ("[itis]", "expected a mapping"),
    ("{clinical: [ab]}", "at least 4 lower-case letters"),
    ("{clinical: [Itis]}", "at least 4 lower-case letters"),
])
def test_lexicon_suffixes_are_checked(tmp_path, suffixes, problem):
    p = _project(tmp_path, f"settings:\n  lexicon_suffixes: {suffixes}\n")
    with pytest.raises(RulesetError) as ei:
        load_ruleset(p)
    assert "lexicon_suffixes" in str(ei.value) and problem in str(ei.value), str(ei.value)


def test_parse_checks_every_line():
    assert parse("# comment\n\n fever \ntekanan darah\r\nok-go\nx_y.z\n", "f") == (
        "fever", "tekanan darah", "ok-go", "x_y.z")
    bad = {
        "fever\nfoo$bar\n": ("f:2", "not a lexicon entry"),
        "a\n# c\n123\n": ("f:3", "a letter among them"),
        "a  b\n": ("f:1", "not a lexicon entry"),
        "a b c d e f g\n": ("f:1", "at most 6"),
        "x" * 81 + "\n": ("f:1", "at most 80 characters"),
        "demam\tbatuk\n": ("f:1", "not a lexicon entry"),
        "d\u00e9mam\n": ("f:1", "ASCII"),
    }
    for text, (where, problem) in bad.items():
        with pytest.raises(LexiconError) as ei:
            parse(text, "f")
        assert str(ei.value).startswith(where + ":") and problem in str(ei.value), (text, str(ei.value))
    assert parse("# " + "long comment " * 20 + "\nok\n", "f") == ("ok",)


def test_too_many_entries_are_refused(monkeypatch):
    monkeypatch.setattr(lexmod, "MAX_ENTRIES", 3)
    assert parse("a\nb\nc\n", "f") == ("a", "b", "c")
    with pytest.raises(LexiconError, match="4 entries, more than the limit of 3"):
        parse("a\nb\nc\nd\n", "f")


# -- loading, validation, extends --------------------------------------------------

def _project(tmp_path: Path, lexicons: str, files=None, extends: str = "default") -> Path:
    """A project ruleset that extends ``extends`` (or, when it is empty,
    stands alone with one category) and names ``lexicons`` (YAML text)."""
    for rel, text in (files or {}).items():
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text, encoding="utf-8")
    p = tmp_path / "project.yaml"
    head = f"extends: {extends}\n" if extends else "categories: {health.x: {label: X, tier: high, pdp: specific}}\n"
    p.write_text(f"schemalint-ruleset: 1\nname: project\n{head}{lexicons}", encoding="utf-8")
    return p


def test_a_project_inherits_the_default_lexicon_and_adds_its_own(tmp_path, rs):
    p = _project(tmp_path, "lexicons:\n  clinical: [lex/klinik.txt]\n  farmasi: [lex/farmasi.txt]\n",
                 {"lex/klinik.txt": "# ours\nskor nyeri\nkeloidectomy\n",
                  "lex/farmasi.txt": "apoteker\npuyer\n"})
    prj = load_ruleset(p)
    files = [f.shown for f in prj.lexicon_files["clinical"]]
    assert files == ["lexicon/clinical-en.txt", "lexicon/clinical-id.txt", "lex/klinik.txt"]
    clinical = prj.lexicon("clinical")
    assert rs.lexicon("clinical") <= clinical
    assert {"skor nyeri", "keloidectomy"} <= clinical and "keloidectomy" not in rs.lexicon("clinical")
    assert prj.lexicon_names == ("clinical", "farmasi", "segment")
    assert prj.lexicon("farmasi") == {"apoteker", "puyer"}
    assert prj.fingerprint != rs.fingerprint


def test_a_chain_resolves_each_path_against_the_file_that_names_it(tmp_path):
    base = tmp_path / "shared"
    base.mkdir()
    (base / "words.txt").write_text("demam\n", encoding="utf-8")
    (base / "base.yaml").write_text("schemalint-ruleset: 1\nname: base\nextends: default\n"
                                    "lexicons:\n  clinical: [words.txt]\n", encoding="utf-8")
    child_dir = base / "team"
    child_dir.mkdir()
    (child_dir / "words.txt").write_text("kejang\n", encoding="utf-8")
    child = child_dir / "child.yaml"
    child.write_text("schemalint-ruleset: 1\nname: child\nextends: ../base.yaml\n"
                     "lexicons:\n  clinical: [words.txt]\n", encoding="utf-8")
    rs = load_ruleset(child)
    paths = [f.path for f in rs.lexicon_files["clinical"]]
    assert paths[-2:] == [str((base / "words.txt").resolve()), str((child_dir / "words.txt").resolve())]
    assert {"demam", "kejang"} <= rs.lexicon("clinical")
    # the base's directory is not the child's: the child may not reach up into it
    child.write_text(child.read_text(encoding="utf-8").replace("[words.txt]", "[../words.txt]"),
                     encoding="utf-8")
    with pytest.raises(RulesetError, match=r"child\.yaml:5: lexicons\.clinical\.0: '\.\./words\.txt': "
                                           r"a lexicon path must stay inside"):
        load_ruleset(child)


def test_editing_a_lexicon_file_changes_the_fingerprint(tmp_path):
    p = _project(tmp_path, "lexicons:\n  clinical: [extra.txt]\n", {"extra.txt": "skor nyeri\n"})
    before = load_ruleset(p).fingerprint
    (tmp_path / "extra.txt").write_text("skor nyeri\nskala nyeri\n", encoding="utf-8")
    assert load_ruleset(p).fingerprint != before


@pytest.mark.parametrize("lexicons,files,key,problem", [
    ("lexicons: [a.txt]\n", {}, "lexicons", "expected a mapping, got a list"),
    ("lexicons:\n  Clinical: [a.txt]\n", {"a.txt": "x\n"}, "lexicons.Clinical", "a lexicon name is lower case"),
    ("lexicons:\n  clinical: []\n", {}, "lexicons.clinical", "must not be empty"),
    ("lexicons:\n  clinical: a.txt\n", {}, "lexicons.clinical", "expected a list of strings"),
    ("lexicons:\n  clinical: [3]\n", {}, "lexicons.clinical.0", "expected a non-empty string"),
    ("lexicons:\n  clinical: [nope.txt]\n", {}, "lexicons.clinical.0", "lexicon file nope.txt not found"),
    ("lexicons:\n  clinical: [sub]\n", {"sub/x.txt": "x\n"}, "lexicons.clinical.0", "not a regular file"),
    ("lexicons:\n  clinical: [ok.txt, bad.txt]\n", {"ok.txt": "x\n", "bad.txt": "demam\nnyeri;\n"},
     "lexicons.clinical.1", "bad.txt:2: 'nyeri;' is not a lexicon entry"),
])
def test_lexicon_errors_name_the_ruleset_file_line_and_key(tmp_path, lexicons, files, key, problem):
    p = _project(tmp_path, lexicons, files)
    with pytest.raises(RulesetError) as ei:
        load_ruleset(p)
    msg = str(ei.value)
    assert msg.startswith(f"{_shown(p)}:") and f": {key}: " in msg and problem in msg, msg
    line = int(msg.split(":")[1])
    assert line >= 4  # the lexicons: section, not the top of the file


def test_a_lexicon_file_that_is_not_utf8_or_too_large_is_refused(tmp_path, monkeypatch):
    p = _project(tmp_path, "lexicons:\n  clinical: [x.txt]\n", extends="")
    (tmp_path / "x.txt").write_bytes(b"demam\n\xff\xfe\n")
    with pytest.raises(RulesetError, match=r"lexicons\.clinical\.0: lexicon file x\.txt is not UTF-8"):
        load_ruleset(p)
    (tmp_path / "x.txt").write_text("demam\n" * 100, encoding="utf-8")
    monkeypatch.setattr(lexmod, "MAX_FILE_BYTES", 64)
    with pytest.raises(RulesetError, match="600 bytes, more than the limit of 64"):
        load_ruleset(p)


# -- untrusted paths -----------------------------------------------------------------

@pytest.mark.parametrize("path", ["/etc/hostname", "../outside.txt", "lex/../../outside.txt", "~/x.txt"])
def test_a_lexicon_path_may_not_leave_the_rulesets_directory(tmp_path, path):
    project = tmp_path / "repo"
    project.mkdir()
    (tmp_path / "outside.txt").write_text("rahasia\n", encoding="utf-8")
    p = _project(project, f"lexicons:\n  clinical: ['{path}']\n", {"lex/in.txt": "x\n"})
    with pytest.raises(RulesetError) as ei:
        load_ruleset(p)
    msg = str(ei.value)
    assert "lexicons.clinical.0" in msg
    assert ("absolute paths are refused" in msg or "must stay inside the directory" in msg), msg


def test_a_symbolic_link_out_of_the_rulesets_directory_is_refused(tmp_path):
    project = tmp_path / "repo"
    project.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("rahasia\n", encoding="utf-8")
    try:
        os.symlink(secret, project / "words.txt")
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links are not available here")
    p = _project(project, "lexicons:\n  clinical: [words.txt]\n")
    with pytest.raises(RulesetError, match="must stay inside the directory"):
        load_ruleset(p)


def test_dot_dot_that_stays_inside_is_allowed(tmp_path):
    p = _project(tmp_path, "lexicons:\n  clinical: [lex/../words.txt]\n", {"words.txt": "kejang\n"})
    assert "kejang" in load_ruleset(p).lexicon("clinical")


# -- the snapshot ----------------------------------------------------------------------

def test_the_default_snapshot_holds_the_normalised_lexicon(rs):
    """The shipped snapshot's entries equal a fresh normalisation (a stale
    snapshot would classify with yesterday's lexicon), and loading it does
    not parse the lexicon files."""
    assert rs.token_seed and rs.token_seed["fingerprint"] == rs.fingerprint
    seeded = rs.token_seed["lexicons"]["clinical"]
    files = rs.lexicon_files["clinical"]
    fresh, left_out = normalise((e for f in files for e in f.entries), rs.engine.tokenizer.tokens)
    assert set(seeded["entries"]) == fresh and tuple(seeded["left_out"]) == left_out
    assert rs.lexicon("clinical") == fresh


def test_loading_the_default_from_its_snapshot_skips_parsing_the_lexicon_files():
    from schemalint.classify.ruleset import _build, _read_chain

    rs = _build(_read_chain(_default_path()))
    assert rs.lexicon_files["clinical"] and all(f._entries is None for f in rs.lexicon_files["clinical"])
    assert "sistole" in rs.lexicon("clinical")


def test_snapshot_round_trip_and_a_changed_lexicon_file(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("demam\ntekanan darah\ntoes\n", encoding="utf-8")
    p = tmp_path / "r.yaml"
    p.write_text("schemalint-ruleset: 1\nname: r\nlexicons:\n  clinical: [words.txt]\ncategories:\n"
                 "  health.x: {label: X, tier: high, pdp: specific, vocabulary: {strong: [to]}}\n",
                 encoding="utf-8")
    fresh = load_ruleset(p)
    expected = fresh.lexicon("clinical")
    assert expected == {"demam", "tekanan darah"} and expected.left_out == ("toes",)
    snap = Path(write_snapshot(str(p)))
    assert snap == tmp_path / ("r" + SNAPSHOT_SUFFIX)
    blob = json.loads(snap.read_text(encoding="utf-8"))
    assert blob["tokens"]["lexicons"]["clinical"] == {"entries": ["demam", "tekanan darah"],
                                                      "left_out": ["toes"]}
    # a snapshot beside a project ruleset is never trusted (docs/security.md):
    # the lexicon is read from its files again
    loaded = load_ruleset(p)
    assert loaded.token_seed is None
    assert loaded.lexicon("clinical") == expected and loaded.lexicon("clinical").left_out == ("toes",)
    # the file changes after the snapshot: checked again, and the snapshot's entries are not used
    words.write_text("demam\nkejang\n", encoding="utf-8")
    changed = load_ruleset(p)
    assert changed.fingerprint != loaded.fingerprint
    assert changed.lexicon("clinical") == {"demam", "kejang"}
    words.write_text("demam\nkejang!\n", encoding="utf-8")
    with pytest.raises(RulesetError, match=r"words\.txt:2: 'kejang!' is not a lexicon entry"):
        load_ruleset(p)
