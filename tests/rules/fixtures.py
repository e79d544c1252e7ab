"""Loading and running rule fixture cases.

A rule's cases live in ``tests/fixtures/rules/<CODE>/*.yaml``::

    rule: ENC001
    cases:
      - name: plaintext NIK                      # unique within the file
        dialect: postgres                        # passed as --dialect (omit for non-SQL inputs)
        sql: |                                   # one file, schema.sql ...
          CREATE TABLE peserta (nik VARCHAR(16));
        files:                                   # ... or several: name -> text, replayed in name order
          V1__init.sql: ...
        config: |                                # optional .schemalint.yaml
          tables: {peserta: {retention: P5Y}}
        pyproject: |                             # optional pyproject.toml
          [tool.schemalint.tables.peserta] ...
        ruleset: extends_threshold2.yaml         # optional, in tests/fixtures/rulesets/
        paths: [V2__x.sql]                       # optional: the files named (pre-commit); default: the directory
        select: [RET001]                         # optional --select
        fires:                                   # every finding of this rule, exactly
          - {line: 1, col: 23}                   # file defaults to the only file
          - {file: V2__x.sql, line: 3, col: 5, category: gov_id.nik, message: "substring", related: 2}
        fires: []                                # or: must not fire

Every case runs the real pipeline (``schemalint.pipeline.build``) with the
real default ruleset, on a fresh temporary directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import yaml

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "rules"
RULESETS = HERE.parent / "fixtures" / "rulesets"
CASE_KEYS = {"name", "dialect", "sql", "files", "config", "pyproject", "ruleset", "paths", "select",
             "fires", "note"}
FIRE_KEYS = {"file", "line", "col", "category", "message", "related"}


@dataclass
class Case:
    rule: str
    name: str
    source: str  # fixture file, for messages
    files: Dict[str, str]
    fires: List[dict]
    dialect: Optional[str] = None
    config: Optional[str] = None
    pyproject: Optional[str] = None
    ruleset: Optional[str] = None
    paths: Optional[List[str]] = None
    select: List[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.rule}/{self.name}"


def load_cases() -> List[Case]:
    out: List[Case] = []
    for path in sorted(FIXTURES.glob("*/*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        rule = doc["rule"]
        assert rule == path.parent.name, f"{path}: rule {rule} in the directory of {path.parent.name}"
        seen = set()
        for raw in doc["cases"]:
            unknown = set(raw) - CASE_KEYS
            assert not unknown, f"{path}: case {raw.get('name')}: unknown keys {unknown}"
            name = raw["name"]
            assert name not in seen, f"{path}: duplicate case name {name!r}"
            seen.add(name)
            assert ("sql" in raw) != ("files" in raw), f"{path}: {name}: give either sql or files"
            files = {"schema.sql": raw["sql"]} if "sql" in raw else dict(raw["files"])
            assert "fires" in raw, f"{path}: {name}: 'fires' is required (a list, [] for must-not-fire)"
            for f in raw["fires"]:
                assert set(f) <= FIRE_KEYS, f"{path}: {name}: unknown keys in fires: {set(f) - FIRE_KEYS}"
                assert "line" in f and "col" in f, f"{path}: {name}: fires entries need line and col"
                if "file" not in f:
                    assert len(files) == 1, f"{path}: {name}: name the file of each fire entry"
            out.append(Case(rule, name, str(path.relative_to(HERE.parent.parent)), files, list(raw["fires"]),
                            raw.get("dialect"), raw.get("config"), raw.get("pyproject"), raw.get("ruleset"),
                            raw.get("paths"), list(raw.get("select") or [])))
    return out


_RULESETS: dict = {}


def _ruleset(name: Optional[str]):
    from schemalint.classify.ruleset import default_ruleset, load_ruleset

    if name not in _RULESETS:
        _RULESETS[name] = default_ruleset() if name is None else load_ruleset(str(RULESETS / name))
    return _RULESETS[name]


def run_case(case: Case, tmp: Path):
    """Write the case's files into ``tmp`` and run the pipeline there;
    returns the RunResult."""
    from schemalint.config import Config, load_config
    from schemalint.pipeline import RunOptions, build

    for name, text in case.files.items():
        p = tmp / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    config = Config()
    if case.config is not None:
        (tmp / ".schemalint.yaml").write_text(case.config, encoding="utf-8")
        config = load_config(str(tmp / ".schemalint.yaml"))
    elif case.pyproject is not None:
        (tmp / "pyproject.toml").write_text(case.pyproject, encoding="utf-8")
        config = load_config(str(tmp / "pyproject.toml"))
    paths = [str(tmp / p) for p in case.paths] if case.paths else [str(tmp)]
    options = RunOptions(paths=paths, dialect=case.dialect, use_cache=False, select=case.select, jobs=1)
    return build(options, config, _ruleset(case.ruleset))


def rel(path: str, tmp: Path) -> str:
    try:
        return os.path.relpath(os.path.abspath(path), str(tmp))
    except ValueError:
        return path
