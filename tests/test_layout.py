"""The layout rule of docs/architecture.md: no module in schemalint/ over
1,000 lines (split a stage that grows past it, as laravel.py was)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "schemalint"
LIMIT = 1000


def test_no_module_is_over_a_thousand_lines():
    sizes = {str(p.relative_to(ROOT)): sum(1 for _ in p.open(encoding="utf-8")) for p in ROOT.rglob("*.py")}
    assert len(sizes) > 50  # the package was found
    over = {name: n for name, n in sizes.items() if n > LIMIT}
    assert over == {}, over
