from __future__ import annotations

import pytest

from tests.conftest import make_user


@pytest.fixture
def dpo(db):
    return make_user("dora", "data_protection_officer", None)


@pytest.fixture
def other_manager(other_team):
    return make_user("olu", "team_manager", other_team)
