"""DTD screening before any XML or HTML parser sees a document.

feedparser parses with expat first and falls back to an sgmllib parser, and neither should be
trusted with a hostile DTD: expat's own billion-laughs guard depends on the libexpat build, the
fallback parser substitutes whatever entities feedparser's regex calls safe, and one safe
100 KB entity referenced a thousand times is still 100 MB (the quadratic blow-up). So the
DOCTYPE is read here, by a small scanner that never expands anything, and always removed:

* a DOCTYPE with an external DTD and/or element, attribute and notation declarations only is
  dropped and the document parsed without it (the DTD is never fetched; RSS 0.91's Netscape
  DTD and XHTML's are common in real feeds);
* an internal entity whose value is plain text (character references allowed) is kept by
  substituting its references in the document, as long as the total expansion stays within
  a budget (1 MiB plus the document's size);
* an entity whose value refers to another entity (the billion laughs, recursion), a
  parameter entity defined in the document, or an expansion over the budget
  -> ``entity-expansion``;
* an entity with a SYSTEM or PUBLIC identifier -> ``external-entity`` (XXE), except the
  W3C's standard HTML character-entity sets (``-//W3C//ENTITIES ...``), which are dropped:
  feedparser's fallback parser knows those names already.

The scanner works on UTF-8 (or any ASCII-compatible) bytes: callers convert first.
"""
from __future__ import annotations

import dataclasses
import re

from newsbeam.schemas import reasons
from newsbeam.transforms.formats.common import ReadError

MAX_DECLARATIONS = 1_000
EXPANSION_BUDGET = 1 << 20  # bytes of entity text a document may add beyond its own size

_NAME = rb"[A-Za-z_:][-A-Za-z0-9_:.]*"
_NAME_START = re.compile(rb"[A-Za-z_:]")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_ENTITY_WORD = re.compile(rb"<!ENTITY", re.I)
_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s+)?(" + _NAME + rb")\s*", re.I)
_EXTERNAL_ID = re.compile(rb"(SYSTEM|PUBLIC)\b", re.I)
_REF = re.compile(rb"&(#?)([A-Za-z0-9_:.-]*);?")
_PE_REF = re.compile(rb"%(" + _NAME + rb");")
_PREDEFINED = frozenset((b"amp", b"lt", b"gt", b"quot", b"apos"))
_W3C_ENTITY_SET = re.compile(rb"^-//W3C//ENTITIES\b", re.I)


@dataclasses.dataclass
class _Entity:
    name: bytes
    value: bytes


def _skip_quoted(data: bytes, i: int) -> int:
    """Index just past the quoted literal starting at ``data[i]``."""
    quote = data[i : i + 1]
    end = data.find(quote, i + 1)
    if end < 0:
        raise ReadError(reasons.MALFORMED, "unterminated literal in the DOCTYPE")
    return end + 1


def _skip_decl(data: bytes, i: int) -> int:
    """Index just past a markup declaration (``<!ELEMENT ...>``) that may hold literals."""
    n = len(data)
    while i < n:
        c = data[i : i + 1]
        if c in (b'"', b"'"):
            i = _skip_quoted(data, i)
        elif c == b">":
            return i + 1
        else:
            i += 1
    raise ReadError(reasons.MALFORMED, "unterminated declaration in the DOCTYPE")


def _literals(data: bytes, i: int, end: int) -> list[bytes]:
    out = []
    while i < end:
        c = data[i : i + 1]
        if c in (b'"', b"'"):
            j = _skip_quoted(data, i)
            out.append(data[i + 1 : j - 1])
            i = j
        else:
            i += 1
    return out


def _entity(data: bytes, i: int, entities: list[_Entity], w3c_sets: set[bytes]) -> int:
    """Check one ``<!ENTITY`` declaration at ``i``; return the index past it."""
    match = _ENTITY_DECL.match(data, i)
    if not match:
        raise ReadError(reasons.ENTITY_EXPANSION, "unreadable ENTITY declaration in the DOCTYPE")
    parameter, name = bool(match.group(1)), match.group(2)
    end = _skip_decl(data, match.end())
    body = data[match.end() : end - 1]
    label = name.decode("ascii", "replace")
    if _EXTERNAL_ID.match(body.lstrip()):
        literals = _literals(data, match.end(), end - 1)
        if parameter and body.lstrip()[:6].upper() == b"PUBLIC" and literals and \
                _W3C_ENTITY_SET.match(literals[0]):
            w3c_sets.add(name)
            return end
        target = (literals[-1] if literals else b"").decode("ascii", "replace")[:200]
        raise ReadError(
            reasons.EXTERNAL_ENTITY,
            f"{'parameter ' if parameter else ''}entity {label!r} points outside the document"
            f" ({target}); it is never loaded",
        )
    if parameter:
        raise ReadError(
            reasons.ENTITY_EXPANSION, f"parameter entity {label!r} declared in the document"
        )
    literals = _literals(data, match.end(), end - 1)
    value = literals[0] if literals else b""
    if b"%" in value:
        raise ReadError(
            reasons.ENTITY_EXPANSION, f"entity {label!r} refers to a parameter entity"
        )
    for ref in _REF.finditer(value):
        if not ref.group(1) and ref.group(2) not in _PREDEFINED:
            other = ref.group(2).decode("ascii", "replace")
            raise ReadError(
                reasons.ENTITY_EXPANSION, f"entity {label!r} refers to entity {other!r}"
            )
    entities.append(_Entity(name, value))
    return end


def _doctype(data: bytes, start: int) -> tuple[int, list[_Entity]]:
    """Scan the DOCTYPE at ``start``; return its end and the entities it may keep."""
    n = len(data)
    i = start + len(b"<!DOCTYPE")
    entities: list[_Entity] = []
    w3c_sets: set[bytes] = set()
    declarations = 0
    # Name and external ID, up to '[' or '>'.
    while i < n:
        c = data[i : i + 1]
        if c in (b'"', b"'"):
            i = _skip_quoted(data, i)
        elif c == b">":
            return i + 1, entities
        elif c == b"[":
            i += 1
            break
        else:
            i += 1
    else:
        raise ReadError(reasons.MALFORMED, "unterminated DOCTYPE")
    # Internal subset.
    while i < n:
        c = data[i : i + 1]
        if c.isspace():
            i += 1
        elif c == b"]":
            close = data.find(b">", i)
            if close < 0:
                raise ReadError(reasons.MALFORMED, "unterminated DOCTYPE")
            return close + 1, entities
        elif data.startswith(b"<!--", i):
            close = data.find(b"-->", i + 4)
            if close < 0:
                raise ReadError(reasons.MALFORMED, "unterminated comment in the DOCTYPE")
            i = close + 3
        elif data.startswith(b"<?", i):
            close = data.find(b"?>", i + 2)
            if close < 0:
                raise ReadError(reasons.MALFORMED, "unterminated instruction in the DOCTYPE")
            i = close + 2
        elif data[i : i + 8].upper() == b"<!ENTITY":
            declarations += 1
            if declarations > MAX_DECLARATIONS:
                raise ReadError(
                    reasons.ENTITY_EXPANSION, f"more than {MAX_DECLARATIONS} entity declarations"
                )
            i = _entity(data, i, entities, w3c_sets)
        elif data.startswith(b"<!", i):
            i = _skip_decl(data, i + 2)
        elif c == b"%":
            ref = _PE_REF.match(data, i)
            if not ref or ref.group(1) not in w3c_sets:
                raise ReadError(
                    reasons.ENTITY_EXPANSION, "parameter entity reference in the DOCTYPE"
                )
            i = ref.end()
        else:
            raise ReadError(reasons.MALFORMED, f"unexpected {c!r} in the DOCTYPE")
    raise ReadError(reasons.MALFORMED, "unterminated DOCTYPE")


def _prolog_doctype(data: bytes) -> int | None:
    """Offset of the DOCTYPE before the root element, skipping comments and instructions."""
    i, n = 0, len(data)
    while True:
        i = data.find(b"<", i)
        if i < 0 or i + 1 >= n:
            return None
        if data.startswith(b"<!--", i):
            close = data.find(b"-->", i + 4)
            if close < 0:
                return None
            i = close + 3
        elif data.startswith(b"<?", i):
            close = data.find(b"?>", i + 2)
            if close < 0:
                return None
            i = close + 2
        elif _DOCTYPE.match(data, i):
            return i
        elif data.startswith(b"<!", i):
            if _ENTITY_WORD.match(data, i):
                raise ReadError(reasons.ENTITY_EXPANSION, "ENTITY declaration outside a DOCTYPE")
            close = data.find(b">", i)
            if close < 0:
                return None
            i = close + 1
        elif _NAME_START.match(data, i + 1):
            return None  # the root element: no DOCTYPE
        else:
            i += 1


def _substitute(body: bytes, entities: list[_Entity], limit: int) -> bytes:
    if not entities:
        return body
    table = {e.name: e.value for e in entities}
    added = 0
    for name, value in table.items():
        added += body.count(b"&" + name + b";") * max(len(value), 1)
        if added > limit:
            raise ReadError(
                reasons.ENTITY_EXPANSION,
                f"entity references would add more than {limit} bytes to the document",
            )
    pattern = re.compile(b"&(" + b"|".join(re.escape(k) for k in table) + b");")
    return pattern.sub(lambda m: table[m.group(1)], body)


def _without_prolog_comments(data: bytes) -> bytes:
    """``data`` without the comments that come before its root element.

    A comment holds no content, but feedparser's fallback parser finds DOCTYPE and ENTITY
    declarations with line-anchored regexes that do not know about comments: ``<!--``, then a
    DOCTYPE and an ENTITY on lines of their own, then ``-->`` declares an entity that the
    fallback parser expands (a 1 MB entity referenced 800 times took 2.4 GB). Removing the
    prolog's comments leaves nothing for those regexes that this scanner has not read.
    """
    if b"<!--" not in data[: _root_start(data)]:
        return data
    kept: list[bytes] = []
    i, n = 0, len(data)
    while True:
        j = data.find(b"<", i)
        if j < 0 or j + 1 >= n:
            break
        if data.startswith(b"<!--", j):
            close = data.find(b"-->", j + 4)
            if close < 0:
                raise ReadError(reasons.MALFORMED, "unterminated comment before the root element")
            kept.append(data[i:j])
            i = close + 3
        elif data.startswith(b"<?", j):
            close = data.find(b"?>", j + 2)
            if close < 0:
                break
            kept.append(data[i : close + 2])
            i = close + 2
        elif data.startswith(b"<!", j):
            # The DOCTYPE (with its internal subset, read by ``_doctype``) stays as it is;
            # a comment after it is still before the root.
            end = _doctype(data, j)[0] if _DOCTYPE.match(data, j) else data.find(b">", j) + 1
            if end <= 0:
                break
            kept.append(data[i:end])
            i = end
        else:
            break  # the root element (or text): the prolog ends here
    kept.append(data[i:])
    return b"".join(kept)


def _root_start(data: bytes) -> int:
    """Where feedparser's ``replace_doctype`` ends the head: the first ``<`` + name char."""
    first = re.search(rb"<\w", data)
    return first.start() if first else len(data)


def defuse(data: bytes) -> bytes:
    """``data`` without its DOCTYPE (safe entities substituted) and without comments before
    its root element. Raises ReadError."""
    data = _without_prolog_comments(data)
    start = _prolog_doctype(data)
    out = data
    if start is not None:
        end, entities = _doctype(data, start)
        body = _substitute(data[end:], entities, EXPANSION_BUDGET + len(data))
        out = data[:start] + body
    # feedparser finds a DOCTYPE with its own regexes, before the first "<name"; make sure
    # nothing in that region can still declare an entity for its fallback parser.
    head = out[: _root_start(out)]
    if _ENTITY_WORD.search(head) or _DOCTYPE.search(head):
        raise ReadError(reasons.ENTITY_EXPANSION, "a second DOCTYPE or ENTITY before the root")
    return out
