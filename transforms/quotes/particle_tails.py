"""A Spanish or Portuguese name that goes on after a particle (stop 53): "Luiz Inácio Lula da
Silva", "Flávio Nantes Bolsonaro dos Santos". The name index widens a short mention ("Lula",
"Bolsonaro") to the longest form that ends on it ("Luiz Inácio Lula"), which cut the name at the
matched word: a wrong name. Where the article writes that form followed by a particle and a
capitalized word, the name goes on to its end. Pure; a bounded scan of the article's texts."""
from __future__ import annotations

import re
from typing import Final

_TAIL: Final = re.compile(r"[^\S\n]++((?:(?:da|de|do|dos|das|del|de[^\S\n]+la|de[^\S\n]+los)[^\S\n]++"
                          r"[A-ZÀ-Ý][\w’'\-]{1,30}+[^\S\n]*+){1,2}+)")
_SEEN: Final = 20  # places of the name read per text
# Words of an office, not of a name, after a particle ("a ministra Ana Souza da Saúde").
_OFFICES: Final = frozenset("""saúde fazenda educação justiça defesa cultura economia economía salud hacienda
educación justicia defensa agricultura segurança seguridad cidade ciudad universidade universidad
república república estado nación nação""".split())


def with_particle_tail(texts: list[str], full: str) -> str:
    """``full`` with the particle and name the article writes after it ("… Lula" -> "… Lula da
    Silva"), the longest such tail; ``full`` itself when there is none."""
    best = ""
    for text in texts:
        k, seen = text.find(full), 0
        while k >= 0 and seen < _SEEN:
            m = _TAIL.match(text, k + len(full))
            if m is not None and len(m.group(1).strip()) > len(best) and \
                    not set(m.group(1).lower().split()) & _OFFICES:
                best = " ".join(m.group(1).split())
            k, seen = text.find(full, k + len(full)), seen + 1
    return f"{full} {best}" if best else full
