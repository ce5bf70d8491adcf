"""Sentences that core/ writes for a person, sayable in the UI's language.

Core writes Vietnamese: what documents print, what the command line shows, what ``str()``
gives. A sentence made with ``Said(template, *values)`` is that Vietnamese text and also
remembers its template and values, so that the UI (``ui.i18n.core_text``) can look the template
up in its translations and fill in the same values. ``tools/build_translations.py`` finds the
templates by reading the calls ``Said("…", …)`` in core/: the template must be a string literal.

Values are shown as they are (names, numbers), except a value that is itself a ``Said``, which
is said in the UI's language too.
"""

from __future__ import annotations

from collections.abc import Sequence


class Said(str):
    """Vietnamese text, plus the template and the values it was made from."""

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Said:
        said = super().__new__(cls, template.format(*values))
        said.template = template
        said.values = values
        return said

    @classmethod
    def joined(cls, parts: Sequence[str], separator: str = " ") -> Said:
        """Sentences side by side, each still sayable (this template has no words to translate)."""
        return cls(separator.join(f"{{{index}}}" for index in range(len(parts))), *parts)

    def __reduce__(self):  # a copy (pickle, copy.copy) keeps what the UI needs to translate it
        return (Said, (self.template, *self.values))
