"""zxcvbn's advice (English only in the library), marked here so it is translated with the rest
of the app: the strength meter shows ``hint(text)``."""
from __future__ import annotations

from vault.i18n import QT_TRANSLATE_NOOP, translate

HINTS = (
    QT_TRANSLATE_NOOP("PasswordHints", 'Add another word or two. Uncommon words are better.'),
    QT_TRANSLATE_NOOP("PasswordHints", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("PasswordHints", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("PasswordHints", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    QT_TRANSLATE_NOOP("PasswordHints", 'Use a few words, avoid common phrases.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'No need for symbols, digits, or uppercase letters.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Straight rows of keys are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Short keyboard patterns are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'This is a top-10 common password.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'This is similar to a commonly used password.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'A word by itself is easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'All-uppercase is almost as easy to guess as all-lowercase.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Use a longer keyboard pattern with more turns.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("PasswordHints", 'This is a top-100 common password.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'This is a very common password.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Names and surnames by themselves are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Common names and surnames are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Avoid repeated words and characters.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Avoid sequences.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Recent years are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Dates are often easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Avoid recent years.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Avoid years that are associated with you.'),
    QT_TRANSLATE_NOOP("PasswordHints", 'Avoid dates and years that are associated with you.'),
)


def hint(text: str) -> str:
    """zxcvbn's ``text`` in the current language (unchanged if zxcvbn says something new)."""
    return translate("PasswordHints", text)
