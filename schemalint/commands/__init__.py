"""The CLI's commands, one module each: ``add_parser(subparsers)`` builds
its argparse sub-parser, ``run(args) -> exit code`` runs it.  Shared set-up
(configuration, ruleset, running the pipeline, writing output) is here."""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A problem with the command line, configuration or ruleset: exit 2."""


def add_input_options(p: argparse.ArgumentParser, output: bool = True) -> None:
    """Options every command that reads schemas shares."""
    p.add_argument("paths", nargs="*", default=["."], metavar="PATH|URL",
                   help="files or directories to read (default: .); a named migration brings the rest "
                        "of its history along for replay, findings are reported for the named files only. "
                        "A live database's catalog is read from its URL: postgresql://USER@HOST:PORT/DB "
                        "(also postgres://), mysql://USER@HOST:PORT/DB or mariadb://USER@HOST:PORT/DB; the "
                        "password comes from the URL, PGPASSWORD/.pgpass or MYSQL_PWD and is never printed; "
                        "needs pip install 'schemalint[postgres]' or 'schemalint[mysql]' (docs/live.md)")
    p.add_argument("--config", metavar="FILE",
                   help="configuration file (default: nearest .schemalint.yaml or pyproject.toml "
                        "with [tool.schemalint])")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument("--ruleset", metavar="FILE", help="ruleset YAML (default: the embedded default ruleset)")
    p.add_argument("--dialect", metavar="NAME",
                   help="SQL dialect of .sql files: postgres, mysql (mariadb), sqlite, tsql, oracle, "
                        "bigquery, snowflake, or any sqlglot dialect (default: sniffed per file)")
    p.add_argument("--no-history", action="store_true",
                   help="replay only the named files, not the rest of their migration history")
    p.add_argument("--no-cache", action="store_true",
                   help="do not read or write the cache (kept in the user's cache directory, see docs/security.md)")
    p.add_argument("--allow-empty", action="store_true",
                   help="accept a directory in which no schema or migration is found (a warning, exit 0); "
                        "without it that is an error (exit 2): a misspelt path must not pass a CI gate")
    p.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="processes for reading many files (default: one per core)")
    if output:
        p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also list notes: each file's format and dialect, skipped constructs, suppressions")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing; only the exit code speaks")
    add_language_option(p)


def add_language_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", metavar="LANG",
                   help="language of messages, fix hints and reports people read: en or id (Bahasa "
                        "Indonesia); default: the configuration's 'lang', else the locale (LC_ALL, "
                        "LC_MESSAGES, LANG), else en. Machine formats (json, sarif, csv...) stay English")


def apply_language(args, config=None, human: bool = True) -> str:
    """Choose the run's language (docs/i18n.md): ``--lang``, else the
    configuration's ``lang``, else the locale, else English; machine
    formats (``human=False``) are written in English whatever it is.  An
    unknown ``--lang`` is a UsageError that lists the languages."""
    from .. import i18n

    lang = i18n.choose(getattr(args, "lang", None), getattr(config, "lang", None))
    try:
        i18n.set_language(lang)
    except i18n.UnknownLanguage as exc:
        raise UsageError(f"--lang: {exc}") from None
    if not human:
        i18n.set_language(i18n.SOURCE)
    return lang


def split_codes(values: Optional[List[str]]) -> List[str]:
    out: List[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def rule_selection(args):
    """``--select``/``--ignore`` as lists of codes, prefixes or names;
    UsageError for a selector that matches no rule."""
    from ..rules import unknown_selectors

    select, ignore = split_codes(args.select), split_codes(args.ignore)
    bad = unknown_selectors(select + ignore)
    if bad:
        from ..i18n import _

        raise UsageError(_("unknown rule code or name: {codes} (see 'schemalint rules')").format(
            codes=", ".join(bad)))
    return select, ignore


def setup(args):
    """Load configuration and ruleset; UsageError on problems."""
    from .. import i18n
    from ..config import ConfigError, load_config

    # the command line's (or the locale's) language speaks until the configuration is read
    apply_language(args)
    try:
        config = load_config(args.config, search=not args.isolated)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    apply_language(args, config, human=getattr(args, "format", "text") in i18n.HUMAN_FORMATS)
    ruleset_path = args.ruleset or config.ruleset
    from ..classify.ruleset import RulesetError, default_ruleset, load_ruleset

    try:
        ruleset = load_ruleset(ruleset_path) if ruleset_path else default_ruleset()
    except RulesetError as exc:
        raise UsageError(str(exc)) from None
    if args.dialect:
        check_dialect(args.dialect)
    from .. import startup

    startup.settled()
    return config, ruleset


def check_dialect(name: str) -> None:
    from ..frontends.sql.sniff import SUPPORTED, normalise

    d = normalise(name)
    if d in SUPPORTED:
        return
    try:
        from sqlglot.dialects.dialect import Dialect

        Dialect.get_or_raise(d)
    except Exception:
        from ..i18n import _

        raise UsageError(_("unknown dialect {name!r}; use one of {dialects} or a sqlglot dialect").format(
            name=name, dialects=", ".join(SUPPORTED))) from None


def run_options(args, checks: bool, select=(), ignore=(), paths=None):
    from ..pipeline import RunOptions

    return RunOptions(paths=paths or args.paths, select=select, ignore=ignore, dialect=args.dialect,
                      expand_history=not args.no_history, checks=checks,
                      use_cache=not args.no_cache, jobs=args.jobs)


def database_urls(paths) -> List[str]:
    """The inputs that are database URLs (shown without their password)."""
    if not any("://" in str(p) for p in paths):  # no URL: the URL parser is not imported
        return []
    from ..sources.live.url import URLError, is_url, parse

    out = []
    for p in paths:
        if is_url(p):
            try:
                out.append(parse(p).display)
            except URLError:
                out.append("database URL")
    return out


def run_pipeline(args, config, ruleset, checks: bool, select=(), ignore=(), paths=None):
    from ..pipeline import build

    options = run_options(args, checks, select, ignore, paths)
    options.result_cache = checks  # check and baseline report findings, not schemas
    run = build(options, config, ruleset)
    if run.missing:
        raise UsageError("; ".join(f"{p}: {m}" for p, m in run.missing))
    empty = empty_directories(options.paths, run)
    if empty:
        from ..i18n import _

        if not getattr(args, "allow_empty", False):
            raise UsageError(_("no schema or migration file was found in {paths}: nothing was checked (check the "
                               "path; --allow-empty accepts it)").format(paths=", ".join(empty)))
        if not getattr(args, "quiet", False):
            print(_("schemalint: warning: no schema or migration file was found in {paths}: nothing was "
                    "checked").format(paths=", ".join(empty)), file=sys.stderr)
    return run


def empty_directories(paths, run) -> List[str]:
    """Directories named on the command line under which no file was
    analysed (nor found unparsable).  Named files that are not inputs are
    not an error: pre-commit passes every staged file its pattern
    matches, and the summary counts them."""
    import os

    seen = [os.path.abspath(st.path) for st in run.files if st.state in ("analysed", "unparsable")]
    out = []
    for p in paths:
        if not os.path.isdir(p):
            continue
        root = os.path.abspath(p).rstrip(os.sep) + os.sep
        if not any(s.startswith(root) for s in seen):
            out.append(p)
    return out


def write_output(text: str, output: Optional[str]) -> None:
    """Write a report; a lone surrogate that escaped the reporters'
    escaping cannot end the run without it (:func:`schemalint.escape.encodable`)."""
    from ..escape import encodable

    text = encodable(text)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _commands():
    from . import audit, baseline, check, classify, rules

    return [check, baseline, classify, rules.RuleCommand, rules.RulesCommand, audit]


COMMANDS = _commands()
