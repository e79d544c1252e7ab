"""``python -m schemalint.classify``: maintenance commands for rulesets.

    python -m schemalint.classify snapshot rulesets/default.yaml   # refresh the parse snapshot
    python -m schemalint.classify check my-ruleset.yaml            # validate a ruleset
    python -m schemalint.classify tokens tglLahirPasien nohp       # show how names tokenize
"""

from __future__ import annotations

import sys

from .ruleset import RulesetError, load_ruleset, write_snapshot


def main(argv=None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) >= 2 and args[0] == "snapshot":
        try:
            for path in args[1:]:
                print(write_snapshot(path))
        except RulesetError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        return 0
    if len(args) >= 2 and args[0] == "check":
        try:
            for path in args[1:]:
                rs = load_ruleset(path)
                print(f"{path}: ok ({len(rs.categories)} categories, {len(rs.purposes)} purposes, "
                      f"fingerprint {rs.fingerprint})")
                for name in rs.lexicon_names:
                    lex = rs.lexicon(name)
                    files = ", ".join(f.shown for f in rs.lexicon_files[name])
                    print(f"  lexicon {name}: {len(lex)} entries from {files}")
                    if lex.left_out:
                        print(f"    {len(lex.left_out)} left out, as the tokenizer rewrites them "
                              f"(see docs/rulesets.md): {', '.join(lex.left_out)}")
        except RulesetError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        return 0
    if len(args) >= 2 and args[0] == "tokens":
        tok = load_ruleset().engine.tokenizer
        for name in args[1:]:
            print(f"{name}: {' '.join(tok.tokens(name))}")
        return 0
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
