"""Casualty figures in evidence sentences."""

from __future__ import annotations

import pytest

from dateline.store.figures import casualties, number_value


@pytest.mark.parametrize("text, killed, injured", [
    ("A suicide bomber killed at least 12 people in the market.", 12, None),
    ("Twenty-three civilians were killed and five wounded.", 23, 5),
    ("The death toll from the blast rose to 40 on Monday.", 40, None),
    ("The blast killed 1,200 and injured dozens.", 1200, None),
    ("In 2019 the army killed nobody.", None, None),
    ("Protesters marched peacefully through the capital.", None, None),
    ("", None, None),
    ("Three officers were injured when the crowd threw stones.", None, 3),
])
def test_figures_casualties(text: str, killed: int | None, injured: int | None) -> None:
    assert casualties(text) == (killed, injured)


@pytest.mark.parametrize("token, value", [("12", 12), ("1,200", 1200), ("twenty-three", 23), ("a dozen", 12),
                                          ("Seven", 7), ("many", None)])
def test_figures_number_value(token: str, value: int | None) -> None:
    assert number_value(token) == value
