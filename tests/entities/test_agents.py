"""Actor coding of noun phrases: country, PLOVER sector and known actor."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Entity
from dateline.entities.agents import code_actor, code_phrase


@pytest.mark.parametrize("phrase, country, sector, key", [
    ("the Russian ambassador", "RUS", "GOV", None),
    ("Syrian government forces", "SYR", "MIL", "SYR_MIL"),
    ("Iraqi police", "IRQ", "COP", None),
    ("protesters", None, "CVL", None),
    ("Houthi rebels", "YEM", "REB", "HOUTHIS"),
    ("the Syrian armed opposition", "SYR", "REB", None),
    ("the Russian ambassador to Syria", "RUS", "GOV", None),
    ("Turkish-backed rebels", None, "REB", None),
    ("Hezbollah fighters", "LBN", "REB", "HEZBOLLAH"),
    ("the army of Iraq", "IRQ", "MIL", "IRQ_MIL"),
    ("Syria's army", "SYR", "MIL", "SYR_MIL"),
    ("opposition fighters", None, "REB", None),
    ("the government troops", None, "MIL", None),
    ("the militants", None, "REB", None),
    ("Nigerian soldiers", "NGA", "MIL", "NGA_MIL"),
    ("a crowd of villagers", None, "CVL", None),
    ("the weather", None, None, None),
])
def test_agents_code_phrase(phrase: str, country: str | None, sector: str | None, key: str | None) -> None:
    code = code_phrase(phrase)
    assert (code.country, code.sector, code.key) == (country, sector, key)


def test_agents_code_actor_entity() -> None:
    text = "Militants of the Free Rivers Front attacked the town."
    doc = Doc(text=text, id="t")
    mention = doc.span(text.index("Free"), text.index(" attacked"))
    doc.entities = [Entity("E1", "Free Rivers Front", "ORG", [mention])]
    code = code_actor(doc, doc.span(0, mention.end))
    assert code.entity == "E1" and code.sector == "REB"
