"""The word-level comparison: segments that rebuild both texts, words kept whole, paragraphs paired."""
import random

import pytest

from organiser.domain.diff import Segment, count_words, diff_paragraphs, diff_words, similarity, tokens


def old_of(segments):
    return "".join(s.text for s in segments if s.op != "insert")


def new_of(segments):
    return "".join(s.text for s in segments if s.op != "delete")


def test_a_changed_word_is_deleted_then_inserted_the_rest_kept():
    segments = diff_words("To organize the fourth meeting in 2025 in Uzbekistan.",
                          "To organise the fourth meeting in 2026 in Uzbekistan.")
    assert segments == [
        Segment("equal", "To "), Segment("delete", "organize "), Segment("insert", "organise "),
        Segment("equal", "the fourth meeting in "), Segment("delete", "2025 "), Segment("insert", "2026 "),
        Segment("equal", "in Uzbekistan.")]


def test_words_are_compared_whole_and_punctuation_apart():
    assert [t for t, _ in tokens("Prosecutor's cross-border work, 2024.")] == [
        "Prosecutor's", "cross-border", "work", ",", "2024", "."]
    segments = diff_words("in the field.", "in the field;")
    assert segments == [Segment("equal", "in the field"), Segment("delete", "."), Segment("insert", ";")]


def test_other_scripts_are_words_too():
    segments = diff_words("Бас прокурорлары кеңесінің", "Бас прокурорларының кеңесінің")
    assert segments == [Segment("equal", "Бас "), Segment("delete", "прокурорлары "),
                        Segment("insert", "прокурорларының "), Segment("equal", "кеңесінің")]


def test_identical_texts_are_one_equal_segment_and_empty_ones_none():
    assert diff_words("Same text.", "Same text.") == [Segment("equal", "Same text.")]
    assert diff_words("", "") == []
    assert diff_words("", "New") == [Segment("insert", "New")]


def test_a_change_of_spacing_only_is_shown_without_losing_the_word():
    segments = diff_words("a  b", "a b")
    assert old_of(segments) == "a  b" and new_of(segments) == "a b"
    assert count_words(segments).unchanged


@pytest.mark.parametrize("seed", range(5))
def test_segments_always_rebuild_both_texts(seed):
    rng = random.Random(seed)
    pieces = ["the", "The", "meeting", "2025", ",", ".", " ", "  ", "\n", "ə", "Қ", "it's", "-", "{x}"]
    for _ in range(300):
        old = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        new = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        segments = diff_words(old, new)
        assert old_of(segments) == old and new_of(segments) == new, (old, new, segments)
        assert all(s.text for s in segments)
        assert all(a.op != b.op for a, b in zip(segments, segments[1:]))


def test_counts_words_not_spaces_or_punctuation():
    counts = count_words(diff_words("To meet in 2025.", "To meet again in the year 2026!"))
    assert (counts.inserted_words, counts.deleted_words) == (4, 1)


def test_a_removed_paragraph_is_deleted_whole_and_the_renumbered_one_compared_word_by_word():
    old = ["Title", "1. To cooperate.", "2. To continue monitoring the results.", "3. To organize the meeting in 2025.",
           "Signed."]
    new = ["Title", "1. To cooperate.", "2. To organise the meeting in 2026.", "Signed."]
    paragraphs = diff_paragraphs(old, new)
    assert [p.mark for p in paragraphs] == [None, None, "delete", None, None]
    assert paragraphs[2].segments == [Segment("delete", "2. To continue monitoring the results.")]
    assert paragraphs[3].segments[:3] == [Segment("delete", "3"), Segment("insert", "2"), Segment("equal", ". To ")]
    assert [p.old_text for p in paragraphs if p.mark != "insert"] == old
    assert [p.new_text for p in paragraphs if p.mark != "delete"] == new


def test_an_added_paragraph_is_inserted_whole():
    paragraphs = diff_paragraphs(["A b c.", "D e f."], ["A b c.", "Something else entirely new.", "D e f."])
    assert [(p.mark, p.new_text) for p in paragraphs] == [
        (None, "A b c."), ("insert", "Something else entirely new."), (None, "D e f.")]


def test_unlike_paragraphs_are_not_paired():
    assert similarity("To meet in Baku.", "Signed in Bishkek on the 25 of July.") < 0.5
    paragraphs = diff_paragraphs(["To meet in Baku."], ["Signed in Bishkek on the 25 of July."])
    assert [p.mark for p in paragraphs] == ["delete", "insert"]
