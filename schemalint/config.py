"""Project configuration: ``[tool.schemalint]`` in ``pyproject.toml`` or a
``.schemalint.yaml`` file.

Looked up from the current directory upwards unless ``--config`` names a
file.  Unknown keys and wrong types are errors that name the file and the
key (exit 2), like a ruleset error.  See docs/configuration.md.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Dict, List, Optional, Tuple

from .model import SEVERITIES
from .record import dataclass, field


class ConfigError(Exception):
    """A configuration problem; the message names the file and the key."""


@dataclass
class Config:
    path: Optional[str] = None  # the file it came from (None: defaults)
    root: str = "."  # the directory of that file: globs are relative to it
    ruleset: Optional[str] = None
    dialect: Optional[str] = None
    dialects: Dict[str, str] = field(default_factory=dict)  # glob -> dialect
    formats: Dict[str, str] = field(default_factory=dict)  # glob -> format
    exclude: List[str] = field(default_factory=list)
    select: List[str] = field(default_factory=list)
    ignore: List[str] = field(default_factory=list)
    fail_on: str = "warning"  # lowest severity that fails the run
    encrypted_types: List[str] = field(default_factory=list)
    max_file_size: int = 256 * 1024 * 1024
    baseline: Optional[str] = None
    follow_links: bool = False
    #: sidecar annotations: {"table": {"annotation": "...", "columns": {"col": "..."}}}
    manifest: Dict[str, Any] = field(default_factory=dict)
    #: the cache directory, absolute and inside the repository; None: the
    #: user's cache directory (schemalint.cache.directory_for)
    cache_dir: Optional[str] = None
    #: access control ([tool.schemalint.access]); each list adds to the defaults, never replaces
    #: them: a configuration in the linted tree cannot make a role less exposed
    anonymous_roles: List[str] = field(default_factory=list)
    exposed_schemas: List[str] = field(default_factory=list)
    reporting_schemas: List[str] = field(default_factory=list)
    app_roles: List[str] = field(default_factory=list)
    migration_role: Optional[str] = None
    #: the language of messages and reports people read (None: the locale's); docs/i18n.md
    lang: Optional[str] = None


_KEYS = {
    "ruleset": str, "dialect": str, "dialects": dict, "formats": dict, "exclude": list,
    "select": list, "ignore": list, "fail-on": str, "encrypted-types": list,
    "max-file-size": int, "baseline": str, "follow-links": bool, "tables": dict,
    "cache-dir": str, "access": dict, "lang": str,
}

#: keys of the ``access`` table and their types
_ACCESS_KEYS = {"anonymous-roles": list, "exposed-schemas": list, "reporting-schemas": list, "app-roles": list,
                "migration-role": str}


def find_config(start: str = ".") -> Optional[str]:
    d = os.path.abspath(start)
    while True:
        for name in (".schemalint.yaml", ".schemalint.yml"):
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        p = os.path.join(d, "pyproject.toml")
        if os.path.isfile(p) and _has_tool_section(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _has_tool_section(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as fh:
            return "[tool.schemalint" in fh.read()
    except OSError:
        return False


def load_config(path: Optional[str] = None, *, search: bool = True) -> Config:
    if path is None and search:
        path = find_config()
    if path is None:
        return Config()
    if not os.path.isfile(path):
        raise ConfigError(f"{path}: configuration file not found")
    data = _read(path)
    return _build(path, data)


def _read(path: str) -> Dict[str, Any]:
    from .yamlsafe import MAX_BYTES, YAMLBudgetError, load

    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB: not a configuration file")
    if path.endswith(".toml"):
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # Python 3.10
            import tomli as tomllib
        try:
            doc = tomllib.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        section = doc.get("tool", {}).get("schemalint", {})
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [tool.schemalint] must be a table")
        return section
    import yaml

    try:
        doc = load(raw.decode("utf-8"), path)  # safe_load, with the alias budget
    except YAMLBudgetError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8") from None
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of settings")
    return doc


def _build(path: str, data: Dict[str, Any]) -> Config:
    cfg = Config(path=path, root=os.path.dirname(os.path.abspath(path)))
    for key, value in data.items():
        if key not in _KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(sorted(_KEYS))})")
        want = _KEYS[key]
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: setting {key!r} must be a {want.__name__}, not {type(value).__name__}")
    cfg.ruleset = data.get("ruleset")
    if cfg.ruleset and not os.path.isabs(cfg.ruleset) and ("/" in cfg.ruleset or cfg.ruleset.endswith(
            (".yaml", ".yml"))):
        cfg.ruleset = os.path.join(cfg.root, cfg.ruleset)
    cfg.dialect = data.get("dialect")
    cfg.dialects = _str_map(path, "dialects", data.get("dialects", {}))
    cfg.formats = _str_map(path, "formats", data.get("formats", {}))
    cfg.exclude = _str_list(path, "exclude", data.get("exclude", []))
    cfg.select = _rule_codes(path, "select", _str_list(path, "select", data.get("select", [])))
    cfg.ignore = _rule_codes(path, "ignore", _str_list(path, "ignore", data.get("ignore", [])))
    cfg.encrypted_types = [t.lower() for t in _str_list(path, "encrypted-types", data.get("encrypted-types", []))]
    fail_on = data.get("fail-on", "warning")
    if fail_on not in SEVERITIES + ("never",):
        raise ConfigError(f"{path}: setting 'fail-on' must be one of error, warning, hint, never")
    cfg.fail_on = fail_on
    cfg.max_file_size = int(data.get("max-file-size", cfg.max_file_size))
    cfg.baseline = data.get("baseline")
    if cfg.baseline is not None:
        _inside(path, cfg.root, "baseline", cfg.baseline)
    cfg.follow_links = bool(data.get("follow-links", False))
    if data.get("cache-dir") is not None:
        cfg.cache_dir = _inside(path, cfg.root, "cache-dir", data["cache-dir"])
    _access(path, cfg, data.get("access", {}))
    cfg.lang = _language(path, data.get("lang"))
    tables = data.get("tables", {})
    for tname, entry in tables.items():
        _check_manifest_entry(path, tname, entry)
    cfg.manifest = tables
    return cfg


def _access(path: str, cfg: Config, data: Dict[str, Any]) -> None:
    for key, value in data.items():
        want = _ACCESS_KEYS.get(key)
        if want is None:
            raise ConfigError(f"{path}: unknown setting access.{key} (known: {', '.join(sorted(_ACCESS_KEYS))})")
        if not isinstance(value, want):
            raise ConfigError(f"{path}: setting access.{key} must be a {want.__name__}, not {type(value).__name__}")
    cfg.anonymous_roles = _str_list(path, "access.anonymous-roles", data.get("anonymous-roles", []))
    cfg.exposed_schemas = _str_list(path, "access.exposed-schemas", data.get("exposed-schemas", []))
    cfg.reporting_schemas = _str_list(path, "access.reporting-schemas", data.get("reporting-schemas", []))
    cfg.app_roles = _str_list(path, "access.app-roles", data.get("app-roles", []))
    cfg.migration_role = data.get("migration-role")


def _language(path: str, value: Optional[str]) -> Optional[str]:
    """The ``lang`` setting, which must name a language schemalint has a
    catalogue for (a misspelt one must not silently print English)."""
    if value is None:
        return None
    from .i18n import available

    if value.strip() not in available():
        raise ConfigError(f"{path}: setting 'lang': unknown language {value!r} "
                          f"(available: {', '.join(available())})")
    return value.strip()


def _inside(path: str, root: str, key: str, value: str) -> str:
    """The absolute path a setting names, which must be inside the
    repository (the configuration file's directory), symbolic links
    resolved: configuration comes from the checked-out tree, and may not
    make schemalint write anywhere else.  A path elsewhere is the user's
    choice on the command line (``--baseline``) or in the environment
    (``SCHEMALINT_CACHE_DIR``)."""
    full = os.path.join(root, os.path.expanduser(value))
    real, real_root = os.path.realpath(full), os.path.realpath(root)
    if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
        where = "--baseline FILE" if key == "baseline" else "SCHEMALINT_CACHE_DIR"
        raise ConfigError(f"{path}: setting {key!r} ({value}) is outside the repository ({root}): "
                          f"configuration may not make schemalint write elsewhere; use {where} for a "
                          f"path outside it")
    return os.path.abspath(full)


def _str_map(path: str, key: str, value: Dict[str, Any]) -> Dict[str, str]:
    for k, v in value.items():
        if not isinstance(v, str):
            raise ConfigError(f"{path}: {key}.{k} must be a string")
    return dict(value)


def _str_list(path: str, key: str, value: List[Any]) -> List[str]:
    for i, v in enumerate(value):
        if not isinstance(v, str):
            raise ConfigError(f"{path}: {key}[{i}] must be a string")
    return list(value)


def _rule_codes(path: str, key: str, selectors: List[str]) -> List[str]:
    """``selectors`` when every one names a rule (a code, a prefix such as
    ``ENC``, a rule name, ``ALL``); a ConfigError naming the file and the
    key otherwise, as ``--select``/``--ignore`` do on the command line: a
    misspelt code must not silently select or ignore nothing."""
    if not selectors:
        return selectors
    from .rules import unknown_selectors

    bad = unknown_selectors(selectors)
    if bad:
        raise ConfigError(f"{path}: {key}: unknown rule code or name {', '.join(repr(b) for b in bad)} "
                          f"(see 'schemalint rules')")
    return selectors


def _manifest_codes(path: str, key: str, entry: Any) -> None:
    """Rule codes a manifest entry ignores: its ``ignore`` key, and
    ``ignore[...]`` in its annotation text."""
    if isinstance(entry, dict):
        codes = entry.get("ignore")
        if codes is not None:
            if isinstance(codes, str):
                codes = [c for c in codes.replace(",", " ").split() if c]
            if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                raise ConfigError(f"{path}: {key}.ignore must be a rule code or a list of rule codes")
            _rule_codes(path, f"{key}.ignore", codes)
        text = entry.get("annotation")
    else:
        text = entry
    if isinstance(text, str) and "ignore" in text:
        from .annotations import parse_body

        body = text.split("schemalint:", 1)[-1]
        for sup in parse_body(body.strip()).suppressions:
            _rule_codes(path, f"{key} (ignore[...])", list(sup.codes))


def _check_manifest_entry(path: str, table: str, entry: Any) -> None:
    if isinstance(entry, str):
        _manifest_codes(path, f"tables.{table}", entry)
        return
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: tables.{table} must be an annotation string or a mapping")
    for k, v in entry.items():
        if k == "columns":
            if not isinstance(v, dict):
                raise ConfigError(f"{path}: tables.{table}.columns must be a mapping")
            for c, text in v.items():
                if not isinstance(text, (str, dict)):
                    raise ConfigError(f"{path}: tables.{table}.columns.{c} must be an annotation string or mapping")
                _manifest_codes(path, f"tables.{table}.columns.{c}", text)
        elif k not in ("annotation", "purpose", "retention", "encrypted", "category", "ignore", "reason"):
            raise ConfigError(f"{path}: tables.{table}: unknown key {k!r}")
    _manifest_codes(path, f"tables.{table}", entry)


def manifest_annotations(cfg: Config) -> List[Tuple[str, Optional[str], str]]:
    """The manifest as (table, column or None, annotation text) triples."""
    out: List[Tuple[str, Optional[str], str]] = []
    for table, entry in sorted(cfg.manifest.items()):
        if isinstance(entry, str):
            out.append((table, None, entry))
            continue
        text = _entry_text(entry)
        if text:
            out.append((table, None, text))
        for col, centry in sorted((entry.get("columns") or {}).items()):
            ctext = centry if isinstance(centry, str) else _entry_text(centry)
            if ctext:
                out.append((table, col, ctext))
    return out


def _entry_text(entry: Dict[str, Any]) -> str:
    parts = []
    if entry.get("annotation"):
        parts.append(str(entry["annotation"]))
    for k in ("purpose", "retention", "encrypted", "category"):
        if k in entry:
            v = str(entry[k])
            parts.append(f'{k}="{v}"' if " " in v else f"{k}={v}")
    if "ignore" in entry:
        codes = entry["ignore"]
        codes = ",".join(codes) if isinstance(codes, list) else str(codes)
        parts.append(f"ignore[{codes}]")
    if "reason" in entry:
        parts.append(f"-- {entry['reason']}")
    return " ".join(parts)
