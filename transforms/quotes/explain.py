"""A readable account of an article's quotes: for each, who was credited, by which rule, from
which words. What ``newsbeam extract FILE --explain`` prints, so that a wrong speaker can be
traced to the rule and the mention that made it."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsbeam.schemas.records import Quote

_WIDTH: Final = 100


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def explain_quotes(quotes: Sequence[Quote]) -> list[str]:
    """Lines for each quote: where it is and its words; then speaker, attribution and kind; then
    the rule that credited it, the mention it read and the cue."""
    lines = []
    last_credit: dict[str | None, int] = {}
    for q in quotes:
        where = f"{q.zone}[{q.zone_index}]" if q.zone == "bullet" else q.zone
        lines.append(f"  [{q.position}] {where} {q.start_char}:{q.end_char}  “{_short(q.text, _WIDTH)}”")
        speaker = q.speaker if q.speaker is not None else "(no one)"
        how = q.attribution
        if q.attribution == "inherited" and q.speaker in last_credit:
            how = f"inherited from [{last_credit[q.speaker]}]"
        lines.append(f"      speaker: {speaker}  ({how}, {q.kind})")
        if q.rule is not None or q.speaker_mention is not None:
            mention = f"“{q.speaker_mention}”" if q.speaker_mention is not None else "-"
            resolved = ""
            if q.speaker_mention is not None and q.speaker is not None and q.speaker_mention != q.speaker:
                resolved = f" -> {q.speaker}"
            elif q.speaker_mention is not None and q.speaker is None:
                resolved = " -> no one it could name"
            cue = f"  cue: {q.cue}" if q.cue else ""
            lines.append(f"      rule: {q.rule or '-'}  mention: {mention}{resolved}{cue}")
        elif q.kind == "scare":
            lines.append("      rule: -  (no attribution: a label, a title or the writer's own words)")
        else:
            lines.append("      rule: -  (no rule found who said it)")
        if q.speaker is not None and q.attribution != "inherited":
            last_credit[q.speaker] = q.position
    return lines
