"""schemalint.record: the data classes behave as :mod:`dataclasses` ones do."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import ClassVar, List, Optional  # noqa: F401 - ClassVar is named in a test annotation

import pytest

from schemalint import record
from schemalint.record import FrozenInstanceError, dataclass, field


@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = ()


@dataclass(frozen=True)
class Tagged:
    name: str
    note: Optional[str] = field(default=None, repr=False, compare=False)


@dataclass
class Bag:
    items: List[int] = field(default_factory=list)
    label: str = "bag"


@dataclass(eq=False)
class Identity:
    n: int = 1


@dataclass(frozen=True)
class Shown:
    v: int

    def __repr__(self) -> str:
        return f"<{self.v}>"


@dataclasses.dataclass(frozen=True, slots=True)
class StdPoint:
    x: int
    y: int = 0
    tags: tuple = ()


def test_same_behaviour_as_dataclasses():
    for a, b in ((Point(1, 2), StdPoint(1, 2)), (Point(3), StdPoint(3))):
        assert repr(a).replace("Point", "P") == repr(b).replace("StdPoint", "P")
        assert (a.x, a.y, a.tags) == (b.x, b.y, b.tags)
    assert Point.__match_args__ == StdPoint.__match_args__ == ("x", "y", "tags")
    assert Point.__slots__ == ("x", "y", "tags")
    assert not hasattr(Point(1), "__dict__")


def test_eq_and_hash_follow_compared_fields():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(2, 1)
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert Point(1, 2) != StdPoint(1, 2)  # another class is never equal
    assert Tagged("a", note="x") == Tagged("a", note="y")
    assert hash(Tagged("a", note="x")) == hash(Tagged("a"))
    assert repr(Tagged("a", note="x")) == "Tagged(name='a')"
    with pytest.raises(TypeError):
        hash(Bag())  # mutable and compared by value
    i = Identity()
    assert i != Identity() and i == i and hash(i) == hash(i)


def test_frozen_refuses_assignment():
    p = Point(1)
    with pytest.raises(FrozenInstanceError):
        p.x = 2
    with pytest.raises(AttributeError):
        del p.x
    t = Tagged("a")
    with pytest.raises(FrozenInstanceError):
        t.name = "b"
    b = Bag()
    b.label = "x"
    assert b.label == "x"


def test_factories_are_not_shared():
    a, b = Bag(), Bag()
    a.items.append(1)
    assert b.items == [] and Bag([5]).items == [5]
    assert Bag.label == "bag"  # plain defaults stay class attributes, as with dataclasses
    assert not hasattr(Bag, "items")


def test_own_methods_win():
    assert repr(Shown(3)) == "<3>"


def test_pickle_and_copy_round_trip():
    for obj in (Point(1, 2, ("a",)), Tagged("n", "note"), Bag([1, 2]), Identity(4)):
        back = pickle.loads(pickle.dumps(obj))
        assert type(back) is type(obj)
        assert [getattr(back, f.name) for f in record.fields(obj)] == \
               [getattr(obj, f.name) for f in record.fields(obj)]
        assert copy.deepcopy(obj).__class__ is obj.__class__


def test_replace_fields_asdict():
    p = Point(1, 2)
    assert record.replace(p, y=5) == Point(1, 5)
    with pytest.raises(TypeError):
        record.replace(p, z=1)
    with pytest.raises(TypeError):
        record.replace(object())
    assert [f.name for f in record.fields(Point)] == ["x", "y", "tags"]
    assert record.is_dataclass(p) and record.is_dataclass(Point) and not record.is_dataclass(1)
    nested = Bag([1])
    d = record.asdict(nested)
    assert d == {"items": [1], "label": "bag"}
    d["items"].append(2)
    assert nested.items == [1]
    with pytest.raises(TypeError):
        record.asdict(Point)


def test_unsupported_shapes_are_refused():
    with pytest.raises(TypeError, match="non-default"):
        @dataclass
        class Bad:
            a: int = 1
            b: int
    with pytest.raises(ValueError, match="default_factory"):
        @dataclass
        class Bad2:
            a: list = []
    with pytest.raises(TypeError, match="ClassVar"):
        @dataclass
        class Bad3:
            a: "ClassVar[int]" = 1
    with pytest.raises(TypeError, match="inherit"):
        @dataclass
        class Sub(Bag):
            c: int = 0
    with pytest.raises(TypeError, match="__post_init__"):
        @dataclass
        class Bad4:
            a: int

            def __post_init__(self):
                pass


def test_init_signature_errors_match_a_generated_one():
    @dataclass(frozen=True)
    class Sig:
        a: int
        b: List[int] = field(default_factory=list)
        c: str = "c"

    assert Sig(1) == Sig(1, [], "c") == Sig(a=1) == Sig(1, c="c")
    assert Sig(1).b is not Sig(1).b
    for bad, says in ((lambda: Sig(), "missing required argument 'a'"), (lambda: Sig(1, [], "c", 4), "takes 3"),
                      (lambda: Sig(1, a=2), "got multiple values for argument 'a'"),
                      (lambda: Sig(1, d=3), "got an unexpected keyword argument 'd'")):
        with pytest.raises(TypeError, match=r"Sig\(\) " + says):
            bad()
    assert Sig.__init__.__qualname__.endswith("Sig.__init__")


@pytest.mark.parametrize("options", [{}, {"frozen": True}, {"frozen": True, "slots": True}])
def test_a_wide_record_builds_as_a_dataclass_does(options):
    """Records of five fields or more take their values in one step (a dict
    of the defaults in field order): the same values, defaults, fresh
    factories and errors as a dataclass, whatever order keywords come in."""
    def make(deco, fld):
        @deco(**options)
        class Wide:
            a: int
            b: str
            c: int = 3
            d: Optional[str] = None
            e: List[int] = fld(default_factory=list)
            f: str = "f"
        return Wide

    ours, std = make(dataclass, field), make(dataclasses.dataclass, dataclasses.field)
    calls = [((1, "b"), {}), ((), {"f": "x", "b": "y", "a": 2}), ((1,), {"b": "z", "e": [1]}),
             ((1, "b", 4, "d", [2], "g"), {}), ((), {"a": 1}), ((1,), {"a": 2, "b": "b"}),
             ((1, "b"), {"g": 1}), ((1, "b", 3, None, [], "f", 7), {}), ((), {})]
    for args, kwargs in calls:
        try:
            want = std(*args, **dict(kwargs))
        except TypeError as exc:
            with pytest.raises(TypeError) as got:
                ours(*args, **dict(kwargs))
            kind = next(k for k in ("missing", "takes", "multiple values", "unexpected keyword")
                        if k in str(exc))
            assert kind in str(got.value), (args, kwargs, str(got.value), str(exc))
            continue
        mine = ours(*args, **dict(kwargs))
        assert tuple(getattr(mine, n) for n in "abcdef") == tuple(getattr(want, n) for n in "abcdef")
        assert [x.name for x in record.fields(mine)] == list("abcdef")
    assert ours(1, "b").e is not ours(1, "b").e
    if not options.get("slots"):
        assert list(vars(ours(f="x", b="y", a=2))) == list("abcdef")  # field order, as a dataclass


def test_records_never_call_exec_or_eval(monkeypatch):
    """The frontends' tests forbid exec and eval while they read hostile
    input; a record made or instantiated then must not need them."""
    import builtins

    def forbidden(*args, **kwargs):
        raise AssertionError("exec/eval called")

    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "eval", forbidden)

    @dataclass(frozen=True, slots=True)
    class Made:
        x: int
        y: tuple = ()

    m = Made(1)
    assert (m.x, m.y, m == Made(1), hash(m) == hash(Made(1))) == (1, (), True, True)
    assert repr(m).endswith("Made(x=1, y=())")
    assert Point(5).x == 5


def test_a_plain_subclass_uses_the_record_init():
    @dataclass
    class Base:
        a: int = 0

    class Plain(Base):
        pass

    assert Plain(3).a == 3
    assert "__init__" not in Plain.__dict__ and Base(4).a == 4


def test_a_subclass_setattr_sees_every_field_of_a_wide_record():
    @dataclass
    class Wide:
        a: int
        b: int = 2
        c: int = 3
        d: int = 4
        e: int = 5

    seen = []

    class Watched(Wide):
        def __setattr__(self, name, value):
            seen.append(name)
            object.__setattr__(self, name, value)

    w = Watched(1, e=9)
    assert (w.a, w.e) == (1, 9) and seen == ["a", "b", "c", "d", "e"]
    assert Wide(1).__dict__ == {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}


# --------------------------------------------------------------------------
# record.NamedTuple: typing.NamedTuple's class, without evaluating annotations
# --------------------------------------------------------------------------

class Span(record.NamedTuple):
    """A span of text."""

    start: int
    end: int = 0
    label: Optional[str] = None

    @property
    def width(self) -> int:
        return self.end - self.start

    def shifted(self, by: int) -> "Span":
        return self._replace(start=self.start + by, end=self.end + by)


def test_named_tuple_is_the_tuple_typing_builds():
    from typing import NamedTuple as TypingNamedTuple

    class TSpan(TypingNamedTuple):
        start: int
        end: int = 0
        label: Optional[str] = None

    s, t = Span(1, 4), TSpan(1, 4)
    assert tuple(s) == tuple(t) == (1, 4, None)
    assert Span._fields == TSpan._fields and Span._field_defaults == TSpan._field_defaults
    assert list(Span.__annotations__) == ["start", "end", "label"]
    assert isinstance(s, tuple) and s == (1, 4, None) and hash(s) == hash((1, 4, None))
    assert repr(s) == "Span(start=1, end=4, label=None)"
    assert Span.__doc__ == "A span of text." and Span.__module__ == __name__
    assert s.width == 3 and s.shifted(2) == Span(3, 6)  # the class body's methods are kept
    assert Span._make([2, 3, "x"]).label == "x" and s._asdict() == {"start": 1, "end": 4, "label": None}
    assert pickle.loads(pickle.dumps(s)) == s and copy.deepcopy(s) == s
    with pytest.raises(TypeError):
        Span()  # start has no default


def test_named_tuple_refuses_what_typing_refuses():
    with pytest.raises(TypeError, match="Non-default namedtuple field b"):
        class Bad(record.NamedTuple):
            a: int = 0
            b: int
    with pytest.raises(AttributeError, match="_replace"):
        class Worse(record.NamedTuple):
            a: int

            def _replace(self):  # pragma: no cover - never built
                return self
    with pytest.raises(TypeError, match="class syntax"):
        record.NamedTuple("X", [("a", int)])


def test_named_tuple_does_not_evaluate_annotations():
    class Lazy(record.NamedTuple):
        a: NotDefinedAnywhere  # noqa: F821 - never evaluated (the module postpones annotations)

    assert Lazy(1).a == 1 and Lazy.__annotations__ == {"a": "NotDefinedAnywhere"}
