"""Learning cue frames from attribution gold: counts, thresholds and the TSV rows."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dateline.quotes.learn import count, learn, rows


def gold(text: str, cue: str, content: str) -> dict[str, Any]:
    s = text.index(cue)
    c = text.index(content)
    return {"start": c, "end": c + len(content), "cue": {"start": s, "end": s + len(cue)}}


def test_learn_counts_frames_whose_content_matches_gold(analyse: Any) -> None:
    text = "Smith said the road was open. Jones said the bridge was shut. Lee ate the cake."
    doc = analyse(text)
    quotes = [gold(text, "said", "the road was open"), {**gold(text, "said", "the road was open"),
                                                         **{"cue": None}}]
    seen: Counter[tuple[str, str, str]] = Counter()
    right: Counter[tuple[str, str, str]] = Counter()
    count(doc, quotes, seen, right)
    assert seen["say", "VERB", "c"] == 2 and right["say", "VERB", "c"] == 1
    assert seen["eat", "VERB", "o"] == 1 and right["eat", "VERB", "o"] == 0


def test_learn_rows_apply_both_thresholds() -> None:
    seen = Counter({("say", "VERB", "c"): 10, ("eat", "VERB", "o"): 10, ("claim", "NOUN", "c"): 2})
    right = Counter({("say", "VERB", "c"): 9, ("eat", "VERB", "o"): 1, ("claim", "NOUN", "c"): 2})
    assert list(rows(seen, right, precision=0.4, minimum=3)) == ["say\tlearned\tc\tVERB\tc=9/10"]


def test_learn_end_to_end_on_parsed_docs(analyse: Any) -> None:
    text = "Smith said the road was open."
    assert learn([(analyse(text), [gold(text, "said", "the road was open")])], 0.5, 1) == [
        "say\tlearned\tc\tVERB\tc=1/1"]
