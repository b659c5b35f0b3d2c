"""``newsbeam extract FILE --explain``: each quote with its speaker, its rule and its mention."""
from __future__ import annotations

from newsbeam.pipeline.cli import main

ARTICLE = """Harbour council backs the quay repairs

“We cannot keep patching the quay,” said Mayor Ana Ruiz, who chairs the council. “It is time.”

Port director Tomas Reyes disagreed. He called the plan a ‘shell game’ and warned of delays.

“The money is not there,” he said.
"""


def explain(tmp_path, capsys) -> list[str]:
    path = tmp_path / "quay.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path), "--explain"]) == 0
    return capsys.readouterr().out.splitlines()


def test_each_quote_shows_speaker_rule_and_mention(tmp_path, capsys):
    lines = explain(tmp_path, capsys)
    assert lines[0].startswith("article ") and "Harbour council backs the quay repairs" in lines[0]
    assert "4 quotes" in lines[1]
    text = "\n".join(lines)
    # 0: credited after the quote, the title split off the mention.
    assert "  [0] body " in text and "“We cannot keep patching the quay,”" in text
    assert "      speaker: Ana Ruiz  (explicit, direct)" in lines
    assert "      rule: after_quote  mention: “Mayor Ana Ruiz” -> Ana Ruiz  cue: said" in lines
    # 1: the second half of the quotation inherits the first one's speaker.
    assert "      speaker: Ana Ruiz  (inherited from [0], direct)" in lines
    assert any(line.startswith("      rule: previous_quote") for line in lines)
    # 3: a pronoun, and the person it was resolved to.
    assert "      speaker: Tomas Reyes  (pronoun, direct)" in lines
    assert "      rule: after_quote  mention: “he” -> Tomas Reyes  cue: said" in lines


def test_explain_is_not_json(tmp_path, capsys):
    lines = explain(tmp_path, capsys)
    assert not any(line.startswith("{") for line in lines)
