"""What a letter does with each document it cites (quan hệ): it rests on it (căn cứ), carries it out
(thực hiện), acts on a proposal in it (theo đề nghị), amends, replaces or repeals it, attaches it, or
only mentions it (dẫn chiếu). The words are in patterns.py (RELATION_CUE); this reads a mention's clause.
"""

from __future__ import annotations

import re

from build_tools import patterns as p

LABELS = {
    "replaces": "Thay thế", "repeals": "Bãi bỏ", "amends": "Sửa đổi, bổ sung", "basis": "Căn cứ",
    "proposal": "Theo đề nghị", "implements": "Thực hiện", "attached": "Kèm theo", "references": "Dẫn chiếu",
}
# As the other side says it: "replaced by" for the document a later letter replaces.
LABELS_CITED_BY = {
    "replaces": "Bị thay thế bởi", "repeals": "Bị bãi bỏ bởi", "amends": "Được sửa đổi, bổ sung bởi",
    "basis": "Là căn cứ của", "proposal": "Được đề nghị trong", "implements": "Được thực hiện bởi",
    "attached": "Được kèm theo", "references": "Được dẫn chiếu bởi",
}
_LOOK_BACK = 400  # characters: a clause is shorter
_NUMBER = re.compile(p.DOC_NUMBER)
_CHANGES = ("amends", "replaces", "repeals")


def relation_at(text: str, start: int, end: int) -> str | None:
    """The relation a mention at text[start:end] (match form) makes, read in its clause: the cue nearest
    before it ("Căn cứ …", "Quyết định này thay thế …"), or "… hết hiệu lực" after it; None when the
    clause says nothing (the item of a list takes the relation of the one before: find.py)."""
    if p.REPEALED_AFTER.match(text, end):
        return "repeals"
    window = max(0, start - _LOOK_BACK)
    breaks = [m.end() for m in p.CLAUSE_BREAK.finditer(text, window, start)]
    clause = breaks[-1] if breaks else window
    cues = list(p.RELATION_CUE.finditer(text, clause, start))
    if not cues:
        return None
    # "Sửa đổi", "thay thế", "bãi bỏ" after another document's number tell what that one does ("Căn cứ …
    # Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP"): this one
    # takes the clause's own cue; the letter changes nothing.
    named = _NUMBER.search(text, clause, cues[-1].start()) if cues[-1].lastgroup in _CHANGES else None
    if named:
        own = [cue for cue in cues if cue.end() <= named.start()]
        return own[-1].lastgroup if own else "references"
    if cues[-1].lastgroup == "attached" and not p.ATTACHED_OPENING.fullmatch(text, clause, cues[-1].start()):
        return "references"  # "Danh mục … ban hành kèm theo Thông tư số …": another text is attached to it
    return cues[-1].lastgroup
