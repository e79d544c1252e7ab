"""Reading PHP without running it: tree-sitter's tree walked by a small
abstract interpreter.

:mod:`.values` holds what an expression can be known to be (literals,
arrays, classes, closures, :data:`~.values.UNKNOWN`), literal decoding
(PHP's string escapes, heredocs) and class collection;
:mod:`.sql` hands a call's literal SQL to the SQL frontend;
:mod:`.interpreter` walks statements and expressions: literal variables,
class properties and constants, ``$this->method()`` calls into the same
file (binding literal arguments), ``foreach`` over literal arrays,
closures handed to other calls, every branch of a condition it cannot
decide.  It knows no framework: the Laravel reader
(:mod:`schemalint.frontends.laravel`) and CodeIgniter's calls
(:mod:`schemalint.frontends.codeigniter`) subclass
:class:`~.interpreter.Interpreter` and answer its hooks.
"""
