from __future__ import annotations

import pytest

import easyread


@pytest.fixture(scope="session", autouse=True)
def _warm() -> None:
    easyread.warm()
