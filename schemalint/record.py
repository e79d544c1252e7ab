"""Plain data classes, built cheaply: the part of :mod:`dataclasses` schemalint uses.

Why not :mod:`dataclasses` itself: on Python 3.11 it compiles every
generated method with its own ``exec`` and looks up signatures through
:mod:`inspect`, which costs about a millisecond per class.  schemalint
defines some fifty record classes on the way to its first finding, so a
pre-commit run on one migration paid 50-70 ms, a third of its time, before
reading a byte (``python benchmarks/run.py`` measures it).  Here no code
is generated: the methods are closures over the field list and C
attribute getters.

The API is a strict subset of :mod:`dataclasses`, with the same meaning:

* ``@dataclass``, ``@dataclass(frozen=True)``, ``@dataclass(eq=False)``,
  ``@dataclass(slots=True)``: ``__init__``, ``__repr__``, ``__eq__`` (same
  class and equal compared fields), ``__hash__`` (frozen + eq: a hash of the
  compared fields; eq without frozen: unhashable), ``__match_args__``;
  frozen instances refuse assignment with :class:`FrozenInstanceError`;
* ``field(default=..., default_factory=..., repr=..., compare=...)``;
* :func:`fields`, :func:`replace`, :func:`asdict`, :func:`is_dataclass`.

And :class:`NamedTuple`, typing's class syntax for named tuples (what a hot
path creates by the hundred thousand), built without evaluating annotations.

Not supported, and refused rather than ignored: inheritance between
records, ``ClassVar``/``InitVar`` annotations, ``__post_init__``.
Instances pickle (the process pool sends them between processes) and copy.
"""

from __future__ import annotations

import sys
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, Dict, Tuple, TypeVar

_T = TypeVar("_T")

__all__ = ["dataclass", "field", "fields", "replace", "asdict", "is_dataclass", "FrozenInstanceError",
           "MISSING", "NamedTuple"]


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen record."""


class Field:
    __slots__ = ("name", "default", "default_factory", "repr", "compare")

    def __init__(self, default=MISSING, default_factory=MISSING, repr=True, compare=True):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, default_factory={self.default_factory!r})"


def field(*, default=MISSING, default_factory=MISSING, repr=True, compare=True) -> Any:
    return Field(default, default_factory, repr, compare)


_FIELDS = "__record_fields__"


def _tuple_getter(names):
    """A C-speed function: instance -> tuple of the named attributes."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _frozen_setstate(self, state):
    for name, value in zip(self.__match_args__, state):
        object.__setattr__(self, name, value)


def _make_init(qualname: str, flds: Dict[str, Field], frozen: bool, slots: bool):
    """``__init__(self, *args, **kwargs)`` with the fields' order, defaults
    and factories, and the errors a generated signature would raise.  No
    code is generated: nothing in schemalint calls ``exec`` or ``eval``
    (the frontends' tests forbid both while they read hostile input).

    Records are built by the ten thousand while a history replays: a record
    with a ``__dict__`` gets its values at once, the given ones over a
    template of the defaults in field order (a frozen record refuses
    ``__setattr__``, not this); a slotted record, or one of a few fields,
    sets them one by one."""
    names = tuple(flds)
    count = len(names)
    known = frozenset(names)
    defaults = {n: f.default for n, f in flds.items() if f.default is not MISSING}
    factories = {n: f.default_factory for n, f in flds.items() if f.default_factory is not MISSING}
    template = dict.fromkeys(names)  # field order, whatever order the caller uses
    template.update(defaults)
    made = tuple(factories.items())
    required = frozenset(n for n in names if n not in defaults and n not in factories)
    put = object.__setattr__ if frozen else setattr

    def fail(args, kwargs):
        """The TypeError a generated signature raises for these arguments."""
        given = len(args)
        if given > count:
            raise TypeError(f"{qualname}() takes {count} positional arguments but {given} were given")
        for name in names[:given]:
            if name in kwargs:
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
        for name in kwargs:
            if name not in known:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
        for name in names[given:]:
            if name not in kwargs and name in required:
                raise TypeError(f"{qualname}() missing required argument {name!r}")

    if not slots and count >= 5:  # (a few fields: the loop below costs less)
        def __init__(self, *args, **kwargs):
            if args:
                if len(args) > count or not kwargs.keys().isdisjoint(names[:len(args)]):
                    fail(args, kwargs)
                given = dict(zip(names, args))
                if not known.issuperset(kwargs) or not (kwargs.keys() | given.keys()) >= required:
                    fail(args, kwargs)
                kwargs.update(given)
            elif not known.issuperset(kwargs) or not kwargs.keys() >= required:
                fail(args, kwargs)
            got = template.copy()
            got.update(kwargs)
            for name, factory in made:
                if name not in kwargs:
                    got[name] = factory()
            if frozen or type(self).__setattr__ is _OBJECT_SETATTR:
                self.__dict__.update(got)
            else:  # a subclass's own __setattr__ sees every field, as in a dataclass
                for name, value in got.items():
                    setattr(self, name, value)
        return __init__

    def __init__(self, *args, **kwargs):  # type: ignore[no-redef]
        given = len(args)
        if given > count:
            fail(args, kwargs)
        if kwargs:
            for name in names[:given]:
                if name in kwargs:
                    fail(args, kwargs)
        for name, value in zip(names, args):
            put(self, name, value)
        for name in names[given:]:
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in defaults:
                value = defaults[name]
            elif name in factories:
                value = factories[name]()
            else:
                raise TypeError(f"{qualname}() missing required argument {name!r}")
            put(self, name, value)
        if kwargs:  # (what is left: names no field has)
            fail(args, kwargs)
    return __init__


_OBJECT_SETATTR = object.__setattr__


def _process(cls, frozen: bool, slots: bool, eq: bool):
    if any(hasattr(b, _FIELDS) for b in cls.__mro__[1:]):
        raise TypeError(f"{cls.__qualname__}: records do not inherit from records")
    if "__post_init__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: __post_init__ is not supported")
    flds: Dict[str, Field] = {}
    seen_default = False
    for name, ann in cls.__dict__.get("__annotations__", {}).items():
        text = ann.strip("'\"") if isinstance(ann, str) else getattr(ann, "__name__", repr(ann))
        if text.split("[", 1)[0].rsplit(".", 1)[-1] in ("ClassVar", "InitVar"):
            raise TypeError(f"{cls.__qualname__}.{name}: ClassVar and InitVar are not supported")
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"{cls.__qualname__}.{name}: mutable default {type(f.default).__name__} "
                             f"is not allowed: use default_factory")
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"{cls.__qualname__}: non-default argument {name!r} follows default argument")
        seen_default = seen_default or has_default
        flds[name] = f

    names = tuple(flds)
    compared = _tuple_getter([n for n, f in flds.items() if f.compare])
    shown_names = tuple(n for n, f in flds.items() if f.repr)
    shown = _tuple_getter(shown_names)

    def __repr__(self):
        return (f"{self.__class__.__qualname__}("
                + ", ".join(f"{n}={v!r}" for n, v in zip(shown_names, shown(self))) + ")")

    made = {"__init__": _make_init(cls.__qualname__, flds, frozen, slots), "__repr__": __repr__}
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return compared(self) == compared(other)
            return NotImplemented
        made["__eq__"] = __eq__
    if frozen:
        made["__setattr__"] = _frozen_setattr
        made["__delattr__"] = _frozen_delattr
        if eq:
            def __hash__(self):
                return hash(compared(self))
            made["__hash__"] = __hash__
        if slots:  # pickle would restore slots through the refused __setattr__
            every = _tuple_getter(names)

            def __getstate__(self):
                return every(self)
            made["__getstate__"] = __getstate__
            made["__setstate__"] = _frozen_setstate

    attrs = dict(cls.__dict__)
    for name, fn in made.items():
        if name in cls.__dict__:
            continue  # the class's own (e.g. a hand-written __repr__) wins, as with dataclasses
        if "<locals>" in getattr(fn, "__qualname__", ""):  # our closures take the class's name
            fn.__qualname__ = f"{cls.__qualname__}.{name}"
        attrs[name] = fn
    if eq and not frozen and "__hash__" not in cls.__dict__:
        attrs["__hash__"] = None  # mutable and compared by value: unhashable
    attrs[_FIELDS] = flds
    attrs["__match_args__"] = names
    for name, f in flds.items():
        if slots or f.default is MISSING:
            attrs.pop(name, None)
        else:
            attrs[name] = f.default
    if not slots:
        for name, value in attrs.items():
            if name not in cls.__dict__ or cls.__dict__[name] is not value:
                setattr(cls, name, value)
        for name, f in flds.items():
            if f.default is MISSING and name in cls.__dict__:
                delattr(cls, name)
        return cls
    attrs["__slots__"] = tuple(flds)
    attrs.pop("__dict__", None)
    attrs.pop("__weakref__", None)
    new = type(cls)(cls.__name__, cls.__bases__, attrs)
    new.__qualname__ = cls.__qualname__
    return new


# --------------------------------------------------------------------------
# Named tuples, built cheaply
# --------------------------------------------------------------------------
# ``class X(typing.NamedTuple)`` in a module with ``from __future__ import
# annotations`` turns every annotation into a ForwardRef, and so compiles it:
# about 0.15 ms a class, 2 ms of a pre-commit run for the classifier's fifteen
# (``collections.namedtuple`` alone costs a third of it).  This NamedTuple
# builds the same class -- fields, defaults, methods, annotations kept as
# written -- without looking at the annotations; type checkers see typing's.

_NT_PROHIBITED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                            "_make", "_replace", "_asdict", "_source"))
_NT_SPECIAL = frozenset(("__module__", "__name__", "__annotations__"))


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        import collections

        annotations = dict(ns.get("__annotations__", {}))
        names = tuple(annotations)
        defaults = []
        for name in names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(names[:len(defaults)])}")
        cls = collections.namedtuple(typename, names, defaults=defaults,  # type: ignore[misc]
                                     module=ns["__module__"])
        cls.__annotations__ = annotations
        for key, value in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in names:
                setattr(cls, key, value)
        return cls


if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    def NamedTuple(typename, fields=None, /, **kwargs):  # noqa: N802 - typing's name
        raise TypeError("schemalint.record.NamedTuple supports the class syntax only")

    _NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
    NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


if TYPE_CHECKING:  # type checkers know typing_extensions' twin on every version
    from typing_extensions import dataclass_transform
elif sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # Python 3.10 at run time: the decorator only informs type checkers
    def dataclass_transform(**_kwargs: Any) -> Callable[[_T], _T]:
        return lambda fn: fn


@dataclass_transform(field_specifiers=(field,))
def dataclass(cls=None, /, *, frozen: bool = False, slots: bool = False, eq: bool = True):
    """Decorate a class whose annotated attributes are its fields."""
    def wrap(c):
        return _process(c, frozen, slots, eq)
    return wrap if cls is None else wrap(cls)


def is_dataclass(obj) -> bool:
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def fields(obj) -> Tuple[Field, ...]:
    try:
        return tuple(getattr(obj, _FIELDS).values())
    except AttributeError:
        raise TypeError(f"{obj!r} is not a record") from None


def replace(obj, /, **changes):
    """A copy of ``obj`` with some fields changed."""
    flds = getattr(type(obj), _FIELDS, None)
    if flds is None:
        raise TypeError(f"replace() needs a record, got {type(obj).__name__}")
    for name in changes:
        if name not in flds:
            raise TypeError(f"{type(obj).__qualname__} has no field {name!r}")
    for name in flds:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


def asdict(obj) -> Dict[str, Any]:
    """A record as nested dicts, lists and tuples (values deep-copied)."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on record instances")
    return _asdict(obj)


def _asdict(obj):
    import copy

    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict(k), _asdict(v)) for k, v in obj.items())
    return copy.deepcopy(obj)
