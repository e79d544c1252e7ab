"""Command line entry point: ``schemalint COMMAND``.

Each command lives in :mod:`schemalint.commands` (one module each, with
``add_parser(subparsers)`` and ``run(args)``).  Exit codes are stable:
0 no findings at or above the fail threshold, 1 findings, 2 usage,
configuration or internal error.  Reports go to stdout (or ``-o FILE``)
and nothing else does: logs and progress go to stderr.  Only argparse and
the command modules (which import lazily) load at start-up.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import Iterator, List, Optional

from . import __version__
from .commands import COMMANDS, EXIT_ERROR, UsageError


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing :mod:`shutil`:
    the ``COLUMNS`` variable, else the terminal's width, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        out = sys.__stdout__
        try:
            columns = os.get_terminal_size(out.fileno()).columns if out is not None else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, sized as argparse sizes it but without importing
    :mod:`shutil` (which brings zlib, bz2 and lzma): argparse builds a
    formatter for every option it adds, and the import was 2.4 ms of a
    pre-commit run."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


@contextlib.contextmanager
def _argparse_words() -> Iterator[None]:
    """argparse's own words ('usage: ', 'options') through schemalint's
    catalogue while the command line is read, instead of gettext's default
    domain: each of those lookups searched the disk and the first imported
    :mod:`locale` (1.5 ms of a pre-commit run, for catalogues Python does
    not ship).  argparse is left as it was afterwards."""
    from . import i18n

    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = i18n._  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def build_parser(argv: Optional[List[str]] = None) -> argparse.ArgumentParser:
    """The argument parser; when ``argv`` starts with a command's name, only
    that command's sub-parser is built (the others cost start-up time and
    cannot be reached)."""
    parser = _Parser(
        prog="schemalint",
        description="A data-minimization linter for database schemas: finds personal data stored "
                    "unencrypted, kept without a retention period, or collected beyond a table's purpose.",
        epilog="Run 'schemalint COMMAND --help' for a command's options. check, classify and audit also read "
               "a live database's catalog from its URL: postgresql://USER@HOST:PORT/DB (postgres://), "
               "mysql://USER@HOST:PORT/DB, mariadb://USER@HOST:PORT/DB (docs/live.md). Exit codes: 0 clean, "
               "1 findings, 2 usage/config/internal error. Docs: docs/ in the repository.",
    )
    parser.add_argument("--version", action="version", version=f"schemalint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = argv[0] if argv else None
    commands = {}
    for mod in [m for m in COMMANDS if m.NAME == wanted] or COMMANDS:
        p = mod.add_parser(sub)
        p.set_defaults(_run=mod.run)
        commands[mod.NAME] = p
    parser.set_defaults(_commands=commands)
    return parser


def console() -> int:
    """The ``schemalint`` command and ``python -m schemalint``: a process of
    its own, so the start-up memory policy (:mod:`schemalint.startup`)
    applies.  Called in-process, :func:`main` leaves the collector alone."""
    from . import startup

    startup.begin()
    return main()


def main(argv: Optional[List[str]] = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    from . import i18n

    i18n.set_language(i18n.SOURCE)  # each run chooses its own (commands.apply_language)
    with _argparse_words():
        parser = build_parser(argv)
        args, extra = parser.parse_known_args(argv)
        if extra:
            # an option the command does not know: its own usage, not the top level's
            sub = getattr(args, "_commands", {}).get(args.command) if args.command else None
            (sub or parser).error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
    try:
        return args._run(args)
    except UsageError as exc:  # messages name paths and values from the tree: escaped
        from .escape import clean

        print(i18n._("schemalint: error: {message}").format(message=clean(exc)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("schemalint: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # an internal error: say so, name it, exit 2
        import traceback

        print(f"schemalint: internal error: {type(exc).__name__}: {clean(exc)}", file=sys.stderr)
        if getattr(args, "verbose", False):
            traceback.print_exc()
        else:
            print("schemalint: run with -v for the traceback, and please report it", file=sys.stderr)
        return EXIT_ERROR
