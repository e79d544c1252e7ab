"""schemalint.hashing gives hashlib's digests without loading OpenSSL."""

import hashlib

import pytest

from schemalint.hashing import blake2b, sha256


@pytest.mark.parametrize("data", [b"", b"nik", "nama_ibu_kandung é".encode(), bytes(range(256)) * 500])
def test_digests_equal_hashlib(data):
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert blake2b(data, digest_size=16).hexdigest() == hashlib.blake2b(data, digest_size=16).hexdigest()
    h = blake2b(digest_size=24)
    h.update(data)
    h.update(b"\0")
    assert h.hexdigest() == hashlib.blake2b(data + b"\0", digest_size=24).hexdigest()


def test_schemalint_start_up_does_not_load_openssl():
    import subprocess
    import sys

    code = ("import sys; from schemalint.cli import main; "
            "main(['check', '--isolated', '--no-cache', '-q', sys.argv[1]]); "
            "print('_hashlib' in sys.modules, 'sqlite3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, "examples/bpjs_peserta.sql"], capture_output=True,
                         text=True, cwd=__file__.rsplit("/tests/", 1)[0])
    assert out.stdout.split() == ["False", "False"], out.stderr
