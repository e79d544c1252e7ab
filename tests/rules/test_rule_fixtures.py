"""Every rule's fixture cases (tests/fixtures/rules/<CODE>/*.yaml), run
through the real pipeline: each case states exactly where the rule fires
(file, line, column), or that it must not fire."""

from __future__ import annotations

import pytest

from .fixtures import load_cases, rel, run_case

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case, tmp_path):
    run = run_case(case, tmp_path)
    got = [f for f in run.findings if f.code == case.rule]
    only = next(iter(case.files)) if len(case.files) == 1 else None
    want = sorted((w.get("file", only), w["line"], w["col"]) for w in case.fires)
    have = sorted((rel(f.location.path, tmp_path), f.location.line, f.location.col) for f in got)
    detail = "\n".join(f"  {rel(f.location.path, tmp_path)}:{f.location.line}:{f.location.col} {f.message}"
                       for f in got)
    assert have == want, f"{case.source}: {case.name}: expected {case.rule} at {want}, got:\n{detail}"
    for w in case.fires:
        here = [f for f in got if (rel(f.location.path, tmp_path), f.location.line, f.location.col)
                == (w.get("file", only), w["line"], w["col"])]
        ok = [f for f in here
              if ("category" not in w or f.category == w["category"])
              and ("message" not in w or w["message"] in f.message)
              and ("related" not in w or len(f.related) == w["related"])]
        assert ok, (f"{case.source}: {case.name}: no {case.rule} at {w.get('file', only)}:{w['line']}:{w['col']} "
                    f"matches {w}; got: " + "; ".join(f"[{f.category}] {f.message} related={len(f.related)}"
                                                       for f in here))
    for f in got:
        # every finding explains itself and says how to fix it
        assert f.message and f.why and f.fix, f"{case.name}: {f}"
        assert f.name and f.severity in ("error", "warning", "hint")
