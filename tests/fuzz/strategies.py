"""Hostile values shared by the fuzz tests: the texts a careless user or a crafted file can hold."""
from __future__ import annotations

from hypothesis import strategies as st

HOSTILE_TEXTS = (
    "", " ", "\x00", "a\x00b", "\x1b[31mred", "\u202eevil\u202c", "مؤتمر المدعين العامين", "שלום", "🤝🏽👨‍👩‍👧",
    "\ud800", "{", "}", "{x.__class__}", "{__import__}", "{0}", "../../etc/passwd", "CON",
    "' or 1=1 --", "\r\n", "\u0130ı", "\ufeff", "\U0010ffff",
)

# Long texts are made, not listed: hypothesis prints the strategies it reports on.
hostile_text = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.integers(1990, 10_000).map(lambda n: "ي" * n),
                         st.text(max_size=60),
                         st.text(alphabet=st.characters(codec="utf-8"), max_size=30))

# JSON as json.loads gives it: None, bool, numbers, strings (lone surrogates included: "\ud800" is
# valid JSON), lists and objects with text keys.
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), hostile_text)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(hostile_text, children, max_size=5)),
    max_leaves=30)
