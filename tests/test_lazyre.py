"""schemalint.lazyre: a pattern compiled on first use behaves as re's."""

import re

from schemalint import lazyre


def test_compiles_on_first_use_and_behaves_as_re():
    lazy = lazyre.compile(r"(?P<n>\d+)\s*(?P<u>days?)", re.I)
    assert lazy._compiled is None
    real = re.compile(r"(?P<n>\d+)\s*(?P<u>days?)", re.I)
    text = "keep 30 Days, then 2 day"
    assert lazy.match("30 days").groupdict() == real.match("30 days").groupdict()
    assert lazy._compiled is not None
    assert lazy.search(text).span() == real.search(text).span()
    assert lazy.fullmatch("7 day") and not lazy.fullmatch("7 days!")
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("N", text) == real.sub("N", text) and lazy.subn("N", text) == real.subn("N", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.pattern == real.pattern and lazy.flags == real.flags


def test_a_bad_pattern_fails_where_it_is_used():
    bad = lazyre.compile("(")
    try:
        bad.match("x")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern must raise re.error on use")


def test_every_lazy_pattern_in_schemalint_compiles():
    """A typo in a lazy pattern would otherwise surface only on the input
    that needs it."""
    import importlib
    import pkgutil

    import schemalint

    found = 0
    for mod in pkgutil.walk_packages(schemalint.__path__, "schemalint."):
        if mod.name.endswith("__main__"):
            continue
        m = importlib.import_module(mod.name)
        for value in list(vars(m).values()):
            items = value if isinstance(value, tuple) else (value,)
            for v in items:
                if isinstance(v, lazyre.LazyPattern):
                    assert v.compiled is not None
                    found += 1
    assert found >= 20
