import pytest

from organiser.domain.errors import ValidationError
from organiser.domain.validation import check_text, safe_file_name


@pytest.mark.parametrize("title, expected", [
    ("3rd meeting: Declaration", "3rd meeting Declaration.docx"),
    ("../../etc/passwd", "etc passwd.docx"),
    ("a/b\\c", "a b c.docx"),
    ("CON", "document CON.docx"),
    ("", "document.docx"),
    ("Bakı — Türk Dövlətləri Təşkilatı", "Bakı Türk Dövlətləri Təşkilatı.docx"),
    ("line\nbreak\x00null", "line break null.docx"),
])
def test_file_names_from_titles_are_safe(title, expected):
    assert safe_file_name(title, suffix=".docx") == expected


def test_file_names_are_bounded():
    name = safe_file_name("x" * 1000, suffix=".docx")
    assert len(name) == 120 and name.endswith(".docx")


@pytest.mark.parametrize("value, problem", [
    ("", "is required"), ("   ", "is required"), ("x" * 2001, "is too long"), ("a\x07b", "control character"),
])
def test_text_checks_name_the_field(value, problem):
    with pytest.raises(ValidationError) as error:
        check_text("topic", value, required=True)
    assert error.value.field == "topic" and problem in error.value.problem


def test_right_to_left_and_emoji_are_text_like_any_other():
    assert check_text("topic", "  مؤتمر 🤝 ") == "مؤتمر 🤝"


def test_a_message_quoting_line_separators_stays_one_line():
    from organiser.domain.validation import displayable

    message = displayable("EVENT must be an event ID, not 'a\u2028b\u2029c\x85d\x0be'")
    assert message.splitlines() == [message]
    assert "a\\u2028b\\u2029c\\x85d\\x0be" in message
