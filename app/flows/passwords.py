"""Live password feedback: the vault policy's reasons plus a zxcvbn strength estimate."""
from __future__ import annotations

from dataclasses import dataclass, field

from vault import passwords
from vault.i18n import QT_TRANSLATE_NOOP, translate

from .password_hints import hint

STRENGTH_LABELS = (QT_TRANSLATE_NOOP("PasswordStrength", "Very weak"), QT_TRANSLATE_NOOP("PasswordStrength", "Weak"),
                   QT_TRANSLATE_NOOP("PasswordStrength", "Fair"), QT_TRANSLATE_NOOP("PasswordStrength", "Good"),
                   QT_TRANSLATE_NOOP("PasswordStrength", "Strong"))


@dataclass
class PasswordFeedback:
    score: int = 0                      # 0..4 (zxcvbn)
    label: str = STRENGTH_LABELS[0]
    reasons: list[str] = field(default_factory=list)   # the policy's refusals: must be empty to go on
    suggestions: list[str] = field(default_factory=list)
    mismatch: bool = False

    @property
    def acceptable(self) -> bool:
        return not self.reasons and not self.mismatch


def feedback(password: str, username: str = "", confirm: str | None = None,
             extra_inputs: tuple[str, ...] = ()) -> PasswordFeedback:
    """Everything the strength meter shows for ``password``. ``confirm`` (if given) must match."""
    reasons = passwords.problems(password, username)
    score, suggestions = 0, []
    if password:
        try:
            result = passwords.strength(password, username, extra_inputs)
            score = int(result.get("score", 0))
            fb = result.get("feedback") or {}
            if fb.get("warning"):
                suggestions.append(hint(str(fb["warning"])))
            suggestions += [hint(str(s)) for s in fb.get("suggestions") or []]
        except Exception:  # noqa: BLE001 - the meter is advice; the policy above is the rule
            score = min(4, len(password) // 5)
    if reasons:
        score = min(score, 1)
    mismatch = confirm is not None and confirm != password
    return PasswordFeedback(score, translate("PasswordStrength", STRENGTH_LABELS[score]), reasons, suggestions,
                            mismatch)
