"""A headline's word right after a quote is not the subject of a cue further on (rule
``after_quote`` in a title): "Navalny Poisoned With ‘Dart Frog’ Toxin, Governments Say",
"Trump Says ‘Massive Armada’ Heading to Iran, Warns ...", "Scientists Move ‘Doomsday Clock’
Closer to Midnight, Citing AI".

In a title-case headline every word is capitalized, so the word after the closing mark reads as
a name; when other words stand between it and the cue, it is the noun the quote labels or the
clause that goes on, and the cue's subject is elsewhere. The speaker a rule after ``after_quote``
finds (the headline's lead-in: "Trump Says ‘...’") is kept; else the quote has none.
"""
from __future__ import annotations


def stops_short_of_cue(text: str, lo: int, mention: str, cue_at: int) -> bool:
    """``mention`` does not end the stretch ``text[lo:cue_at]`` between a quote's closing mark
    (``lo``) and a cue after it: words other than the mention stand before the cue ("‘Dart Frog’
    Toxin, European Governments Say": "Toxin" is not who says). A cue that opens the tail, the
    mention after it ("‘...,’ Says Lee"), is not this shape."""
    if cue_at < lo or not mention:
        return False
    stretch = text[lo:cue_at].strip(" ,;:\t’'”\"")
    return bool(stretch) and not stretch.endswith(mention)
