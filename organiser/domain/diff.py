"""A word-level comparison of two texts, as a reader of a tracked-changes document expects it.

The texts are cut into tokens: words, single punctuation marks and paragraph breaks, each carrying the
spaces that follow it. ``difflib.SequenceMatcher`` aligns the tokens by their letters (not their spaces),
and the result is a list of segments (equal, inserted, deleted) whose texts put together give back the old
text (equal + deleted) and the new one (equal + inserted) exactly.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Literal

Op = Literal["equal", "insert", "delete"]

# A paragraph break, a word (letters and digits of any script, with ' or - inside: "Prosecutor's",
# "cross-border"), or any other single character that is not a space; each with the spaces after it.
_TOKEN = re.compile(r"(\n|[^\W_](?:[\w'’\-]*[^\W_])?|[^\s])([^\S\n]*)")
_LEAD = re.compile(r"[^\S\n]*")


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


@dataclass
class DiffParagraph:
    """One paragraph of the comparison. ``mark`` says what happened to the paragraph as a whole: ``None``
    when it is in both texts (its words may differ), ``"insert"`` when it was added, ``"delete"`` when it
    was removed; a document tracks its paragraph mark so."""

    segments: list[Segment] = field(default_factory=list)
    mark: Op | None = None

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op != "insert")

    @property
    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op != "delete")


@dataclass(frozen=True)
class DiffCounts:
    inserted_words: int
    deleted_words: int

    @property
    def unchanged(self) -> bool:
        return self.inserted_words == 0 and self.deleted_words == 0


def tokens(text: str) -> list[tuple[str, str]]:
    """``text`` as (token, token with its trailing spaces); leading spaces are a token of their own."""
    out: list[tuple[str, str]] = []
    lead = _LEAD.match(text).end()
    if lead:
        out.append((" ", text[:lead]))
    for match in _TOKEN.finditer(text, lead):
        out.append((match.group(1), match.group(0)))
    return out


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if not segment.text:
            continue
        if merged and merged[-1].op == segment.op:
            merged[-1] = Segment(segment.op, merged[-1].text + segment.text)
        else:
            merged.append(segment)
    return merged


def diff_words(old: str, new: str) -> list[Segment]:
    """The segments that turn ``old`` into ``new``, word by word (deleted before inserted where replaced)."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # Same words; their spaces may differ: where they do, the old spacing is deleted and the new inserted.
            for (core, old_text), (_, new_text) in zip(a[i1:i2], b[j1:j2]):
                if old_text == new_text:
                    segments.append(Segment("equal", new_text))
                else:
                    common = len(core)
                    segments.append(Segment("equal", new_text[:common]))
                    segments.append(Segment("delete", old_text[common:]))
                    segments.append(Segment("insert", new_text[common:]))
            continue
        if tag in ("delete", "replace"):
            segments.append(Segment("delete", "".join(t[1] for t in a[i1:i2])))
        if tag in ("insert", "replace"):
            segments.append(Segment("insert", "".join(t[1] for t in b[j1:j2])))
    return _merge(segments)


def similarity(old: str, new: str) -> float:
    """How alike two paragraphs are, word by word: 1.0 the same words, 0.0 none in common."""
    a, b = [t[0] for t in tokens(old)], [t[0] for t in tokens(new)]
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


SIMILAR = 0.5  # paragraphs at least this alike are one paragraph changed; less alike, one removed and one added


def _align(old: list[str], new: list[str]) -> list[DiffParagraph]:
    """Pair the paragraphs of a changed stretch in order, each pair as alike as possible (dynamic
    programming over their similarity); the unpaired ones were deleted or inserted whole."""
    m, n = len(old), len(new)
    score = [[0.0] * (n + 1) for _ in range(m + 1)]
    alike = [[similarity(a, b) for b in new] for a in old]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            best = max(score[i - 1][j], score[i][j - 1])
            if alike[i - 1][j - 1] >= SIMILAR:
                best = max(best, score[i - 1][j - 1] + alike[i - 1][j - 1])
            score[i][j] = best
    steps: list[DiffParagraph] = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0 and alike[i - 1][j - 1] >= SIMILAR and \
                score[i][j] == score[i - 1][j - 1] + alike[i - 1][j - 1]:
            steps.append(DiffParagraph(diff_words(old[i - 1], new[j - 1])))
            i, j = i - 1, j - 1
        elif j > 0 and (i == 0 or score[i][j] == score[i][j - 1]):
            steps.append(DiffParagraph(_merge([Segment("insert", new[j - 1])]), "insert"))
            j -= 1
        else:
            steps.append(DiffParagraph(_merge([Segment("delete", old[i - 1])]), "delete"))
            i -= 1
    steps.reverse()  # walked back from the end; ties go to insertion there, so a deletion reads first
    return steps


def diff_paragraphs(old: list[str], new: list[str]) -> list[DiffParagraph]:
    """The comparison of two texts given as paragraphs: paragraphs the same in both are kept; in a
    stretch that changed, alike paragraphs are compared word by word and the others are marked deleted
    or inserted whole (their paragraph marks too)."""
    out: list[DiffParagraph] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(DiffParagraph(_merge([Segment("equal", text)])) for text in new[j1:j2])
        else:
            out.extend(_align(old[i1:i2], new[j1:j2]))
    return out


def count_words(segments: list[Segment]) -> DiffCounts:
    def words(op: Op) -> int:
        return sum(1 for s in segments if s.op == op for t, _ in tokens(s.text) if t.strip() and t[0].isalnum())

    return DiffCounts(words("insert"), words("delete"))
