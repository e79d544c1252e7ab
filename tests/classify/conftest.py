import pytest

from schemalint.classify import load_ruleset


@pytest.fixture(scope="session")
def rs():
    return load_ruleset()
