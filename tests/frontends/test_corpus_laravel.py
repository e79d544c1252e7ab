"""The Laravel frontend on real projects (../shared/corpus): OpenSID's
migrations, OpenDK and Monica.

Every PHP file must be analysed or reported with a reason, no file may
raise, and the replayed schemas must hold the tables the projects create.
Expected figures come from reading the corpus (see the comments); the
corpus is not part of this repository, so the tests skip without it.
"""

from __future__ import annotations

import collections
import os
from pathlib import Path

import pytest

from schemalint.frontends import FrontendOptions, laravel
from schemalint.model import CreateTable, ParseFailure, Skipped
from schemalint.replay import replay
from schemalint.sources import discover

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def corpus_dir(name: str) -> Path:
    d = CORPUS / name
    if not d.is_dir():
        pytest.skip(f"corpus directory {d} is not present (the shared corpus lives outside the "
                    f"repository, next to it)")
    return d


def analyse(root: Path, format_overrides=None):
    """Discover, parse and replay ``root`` the way the pipeline does:
    files grouped by ``schemalint.sources.history_key``, each history in
    the frontend's order."""
    disc = discover([str(root)], format_overrides=format_overrides or {})
    php_files = sorted(str(p.resolve()) for p in root.rglob("*.php"))
    results = {}
    for sf in disc.files:
        assert sf.format in laravel.FORMATS, (sf.path, sf.format)
        r = laravel.parse(sf, FrontendOptions())  # must not raise
        assert r.path == sf.path
        results[os.path.realpath(sf.abspath)] = (sf, r)
    histories = collections.defaultdict(list)
    for sf, r in results.values():
        histories[sf.history].append(r)
    schemas = {h: replay(h, laravel.order(rs)) for h, rs in histories.items()}
    return disc, php_files, results, schemas


def check_every_file_accounted_for(disc, php_files, results):
    not_inputs = {os.path.realpath(p): why for p, why in disc.not_inputs}
    for p in php_files:
        assert p in results or p in not_inputs, f"{p} was neither analysed nor reported"
        if p in not_inputs:
            assert not_inputs[p], f"{p} reported without a reason"
    for _, r in results.values():
        for c in r.changes:
            assert not (isinstance(c, ParseFailure) and "internal error" in c.message), c
            if isinstance(c, Skipped):
                assert c.reason and c.location.path == r.path and c.location.line >= 1


def created(schema):
    return {k: t for k, t in schema.tables.items() if t.created}


def test_monica():
    root = corpus_dir("monica")
    disc, php_files, results, schemas = analyse(root)
    check_every_file_accounted_for(disc, php_files, results)
    assert len(php_files) == 74
    # 4 data-only migrations (fix_call_reasons, fix_locale, rename_locales,
    # fix_contact_information) have no schema call: still migrations (a
    # class that extends Migration), read by the frontend (issue 16, D3)
    assert len(results) == 74 and len(disc.not_inputs) == 0
    assert not any(isinstance(c, ParseFailure) for _, r in results.values() for c in r.changes)
    (schema,) = schemas.values()
    # 99 Schema::create calls in up(): 98 with a literal name, 1 named by
    # config('auth.passwords.users.table') (reported, not guessed).
    creates = sum(isinstance(c, CreateTable) for _, r in results.values() for c in r.changes)
    assert creates == 98
    assert len(created(schema)) >= 97
    dynamic = [c for _, r in results.values() for c in r.changes
               if isinstance(c, Skipped) and "config('auth.passwords.users.table')" in c.reason]
    assert len(dynamic) == 1
    contacts = schema.tables["contacts"]
    assert {"first_name", "last_name", "vault_id", "vcard"} <= set(contacts.columns)
    assert contacts.columns["vault_id"].references.table.name == "vaults"  # foreignIdFor(Vault::class)
    assert "email" in schema.tables["users"].columns
    assert "sync_tokens" in schema.tables  # renamed-or-created, never lost
    assert sum(len(t.columns) for t in schema.tables.values()) >= 750


def test_opendk():
    root = corpus_dir("opendk")
    disc, php_files, results, schemas = analyse(root)
    check_every_file_accounted_for(disc, php_files, results)
    assert len(php_files) == 235
    (schema,) = schemas.values()
    # 118 Schema::create in up(): 113 literal, 5 named by config('permission.
    # table_names') (spatie/laravel-permission) and reported; 13 tables are
    # dropped later, so about 100 remain.
    creates = sum(isinstance(c, CreateTable) for _, r in results.values() for c in r.changes)
    assert creates == 113
    assert len(created(schema)) >= 95
    pend = schema.tables["das_penduduk"]
    assert pend.columns["nik"].type.name == "char" and pend.columns["nik"].type.length == 16
    # 2018_02_07: $table->char('nik', 16)->unique() (das_penduduk_nik_unique); 2019_05_29 drops it
    # in up() -- $table->dropUnique('das_penduduk_nik_unique'), "NIK may be 0" -- and only its
    # down() adds it back, so the replayed column is no longer unique.
    assert not pend.columns["nik"].unique and not pend.columns["nik"].keys
    # 2023_01_20: $table->string('nik', 16)->change() on das_pengurus
    assert schema.tables["das_pengurus"].columns["nik"].type.name == "varchar"
    # 2021_07_19: DB::statement('ALTER TABLE users CHANGE `first_name` `name` ...')
    assert "name" in schema.tables["users"].columns
    assert "first_name" not in schema.tables["users"].columns
    assert not schema.failures


def test_opensid_migrations():
    root = corpus_dir("opensid-migrations")
    disc, php_files, results, schemas = analyse(root)
    check_every_file_accounted_for(disc, php_files, results)
    assert len(php_files) == 447
    # struktur_tabel/ and the CodeIgniter Migrasi_* classes beside it are one
    # history (sources.history_key): 243 Schema::create in struktur_tabel,
    # + pemilihan, pesan_mandiri, - captcha_codes from the Migrasi classes.
    (base,) = [s for h, s in schemas.items() if h.endswith("models/migrations")]
    assert len(created(base)) == 244
    pend = base.tables["tweb_penduduk"]
    assert pend.columns["nik"].type.name == "varchar" and pend.columns["nik"].type.length == 16
    assert pend.columns["nik"].unique  # $table->unique(['config_id', 'nik'], 'nik_config')
    assert pend.columns["config_id"].references.table.name == "config"  # add_foreign_keys_to_*
    assert base.tables["tweb_keluarga"].columns["no_kk"].type.length == 16
    assert sum(len(t.columns) for t in base.tables.values()) >= 2700
    assert not base.failures


def test_opensid_ci_migrations_merged_with_the_base_structure():
    """OpenSID runs struktur_tabel/ then Data_awal then Migrasi_<version>:
    replayed as one history (forcing detection for the Migrasi files that
    only use CodeIgniter's $this->db / helpers), the CodeIgniter migrations
    land on the base tables."""
    root = corpus_dir("opensid-migrations")
    disc = discover([str(root)], format_overrides={"*/migrations/Migrasi_*.php": "laravel"})
    results = [laravel.parse(sf, FrontendOptions()) for sf in disc.files]
    assert len(results) == 447
    ordered = laravel.order(results)
    names = [r.path.rsplit("/", 1)[-1] for r in ordered]
    assert names.index("Data_awal.php") == 438 and names[-1] == "Migrasi_dev.php"
    schema = replay("opensid", ordered)
    assert len(created(schema)) == 244  # + pemilihan, pesan_mandiri; - captcha_codes
    assert "pemilihan" in schema.tables and "captcha_codes" not in schema.tables
    # Migrasi_dev: $this->db->query('ALTER TABLE `log_surat` ADD COLUMN `input` ...')
    assert "input" in schema.tables["log_surat"].columns
    # Migrasi_2024020171: ALTER TABLE `artikel` ADD COLUMN `tampilan` ...
    assert "tampilan" in schema.tables["artikel"].columns
    # tambahForeignKey(...) from the Migrasi classes reach the base tables
    assert schema.tables["tweb_penduduk"].columns["id_kk"].references.table.name == "tweb_keluarga"
    assert not schema.failures

