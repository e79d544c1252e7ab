"""The closed vocabularies of the model, in one place: severities, file
states, note kinds, replay's history events, key kinds, and the access
layer's kinds.

Each is a :data:`typing.Literal` alias (the values stay plain strings: JSON,
SARIF, the cache and plugins see exactly what they saw before), and, where
code iterates or ranks the values, a tuple of them in their order.  A test
(``tests/test_kinds.py``) keeps every tuple equal to its alias.  A type
checker rejects a misspelt value (``severity="warn"``) where the record is
built.
"""

from __future__ import annotations

from typing import Dict, Literal, Tuple

#: how much a finding matters; ``--fail-on`` picks the lowest that fails a run
Severity = Literal["error", "warning", "hint"]
SEVERITIES: Tuple[Severity, ...] = ("error", "warning", "hint")
#: ranks severities; keyed by str, for it ranks what configuration says too
SEVERITY_RANK: Dict[str, int] = {"hint": 0, "warning": 1, "error": 2}
#: ``--fail-on``: a severity, or never
FailOn = Literal["error", "warning", "hint", "never"]

#: how one input file ended (:class:`schemalint.model.FileStatus`)
FileState = Literal["analysed", "not-input", "unparsable"]
FILE_STATES: Tuple[FileState, ...] = ("analysed", "not-input", "unparsable")

#: :class:`schemalint.model.Skipped`: ``unsupported`` may change the schema
#: and was not followed (a located note); ``unfollowed`` is a schema change the
#: frontend saw and could not apply (table DDL in dynamic SQL, a migration
#: operation inside an expression or a run-time loop): it fails closed, as a
#: PARSE001 warning; ``note`` is said but changes nothing; ``noop`` has no
#: schema effect (counted, not listed)
SkipKind = Literal["unsupported", "unfollowed", "note", "noop"]

#: :class:`schemalint.model.Block`: a PL/pgSQL block's start or end
BlockKind = Literal["begin", "end"]

#: what a column's history records (:class:`schemalint.replay.Event`)
EventKind = Literal["created", "assumed", "altered", "commented", "renamed", "annotated", "keyed"]

#: how a view or function column is made from a base column
#: (:class:`schemalint.access.lineage.Source`), from kept to lost
Exposure = Literal["copy", "hashed", "masked", "truncated", "aggregated", "derived"]
EXPOSURES: Tuple[Exposure, ...] = ("copy", "hashed", "masked", "truncated", "aggregated", "derived")

#: ``COMMENT ON`` an object that is not a table (:class:`schemalint.model.CommentOn`)
CommentTarget = Literal["view", "function", "role", "policy"]

#: ``ALTER ... OWNER TO`` (:class:`schemalint.model.SetOwner`)
OwnedKind = Literal["table", "view", "function"]
