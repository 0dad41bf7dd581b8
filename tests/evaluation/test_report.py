"""Report: the table score.py prints, rounded JSON, single metrics."""

from __future__ import annotations

import pytest

from dateline.evaluation.report import Report, fmt, rounded, table


@pytest.mark.parametrize("value,text", [(None, "-"), (0.123456, "0.1235"), (3, "3"), (1.0, "1.0000")])
def test_report_fmt(value: object, text: str) -> None:
    assert fmt(value) == text


def test_report_table_lists_one_metric_per_line_and_confusions() -> None:
    lines = table({"summary": {"gold_docs": 2}, "label": {"n": 2, "confusions": [["aid", "none", 1]]}}).splitlines()
    assert lines[0].split() == ["layer", "metric", "value"]
    assert lines[2].split() == ["summary", "gold_docs", "2"]
    assert lines[3].split() == ["label", "n", "2"]
    assert lines[4].split() == ["confused", "aid", "->", "none:", "1"]


def test_report_json_rounds_floats_and_metric_reads_one() -> None:
    report = Report(layers={"places": {"f1": 2 / 3, "median_km": None}})
    assert report.as_json()["places"] == {"f1": 0.6667, "median_km": None}
    assert report.as_json()["summary"]["gold_docs"] == 0
    assert (report.metric("places", "f1"), report.metric("times", "f1")) == (2 / 3, None)
    assert rounded([1 / 3, {"a": (2.0, 0.123456)}]) == [0.3333, {"a": (2.0, 0.123456)}]
