"""SHA-256 and BLAKE2b without loading OpenSSL.

``hashlib.sha256`` comes from OpenSSL (``_hashlib``), whose initialisation
costs about 4 ms, a few percent of a pre-commit run on one migration.
CPython's own implementations (``_sha256``, ``_sha2`` from 3.12, and
``_blake2``, which hashlib itself uses for BLAKE2) give the same digests
(tested); hashlib remains the fallback on interpreters without them.
"""

from __future__ import annotations

try:
    from _sha256 import sha256  # CPython <= 3.11
except ImportError:  # pragma: no cover - depends on the interpreter
    try:
        from _sha2 import sha256  # CPython >= 3.12
    except ImportError:
        from hashlib import sha256

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

__all__ = ["sha256", "blake2b"]
