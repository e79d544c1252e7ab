"""pyast.Source: source segments as ``ast.get_source_segment`` gives them."""

import ast

import pytest

from schemalint.frontends.pyast import Source

TEXTS = [
    "a = 1\n",
    "x = f(\n  1,\r\n  'é\x0c'  )\rprint(2)\n\n",
    "def g():\n    return  [1,\n 2]\x0c\nz=3",
    "k = 'ü' + \"ß\"\r\nm = {'a':\r\n  'b'}",
    "s = '''one\ntwo'''\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_segments_match_ast_on_every_node(text):
    src = Source("m.py", text)
    nodes = [n for n in ast.walk(ast.parse(text)) if hasattr(n, "end_lineno")]
    assert nodes
    for node in nodes:
        assert src._source_segment(node) == ast.get_source_segment(text, node), ast.dump(node)


def test_a_node_without_an_end_has_no_segment():
    src = Source("m.py", "a = 1\n")
    node = ast.Name("a")
    assert src._source_segment(node) is None
    # segment() falls back to the unparsed node
    assert src.segment(node) == "a"


def test_a_multi_line_segment_is_one_line_and_limited():
    src = Source("m.py", "x = f(\r\n  1,\r\n  2)\n")
    call = ast.parse(src.text).body[0].value
    assert src.segment(call) == "f( 1, 2)"
    assert src.segment(call, limit=5) == "f(..."
