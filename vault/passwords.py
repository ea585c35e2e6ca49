"""Password policy (NIST SP 800-63B style): 12 to 1,024 characters after NFKC, any Unicode,
no composition rules, none of the 30,000 most common passwords (bundled list), and not easy to
guess by the zxcvbn estimator (sequences, keyboard walks, repeats, dates, dictionary words with
common substitutions: at least 10^8 guesses, zxcvbn's score 3)."""
from __future__ import annotations

import functools
import unicodedata

import resources

from .errors import PolicyError
from .i18n import translate

MIN_LENGTH = 12
MAX_LENGTH = 1024
MIN_SCORE = 3          # zxcvbn: 3 = "safely unguessable" online, >= 10^8 guesses
ESTIMATE_CHARS = 100   # zxcvbn is slow on long input; the first 100 characters decide
COMMON_LIST = resources.path("common-passwords.txt")


@functools.lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = COMMON_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def problems(password: str, username: str = "") -> list[str]:
    """Reasons the policy refuses ``password`` (empty list: accepted)."""
    norm = unicodedata.normalize("NFKC", password or "")
    reasons = []
    if len(norm) < MIN_LENGTH:
        reasons.append(translate("Errors", "use at least {minimum} characters (this one has {length})").format(
            minimum=MIN_LENGTH, length=len(norm)))
    if len(norm) > MAX_LENGTH:
        reasons.append(translate("Errors", "use at most {maximum} characters").format(maximum=MAX_LENGTH))
    folded = norm.casefold()
    if folded in common_passwords() or folded.strip() in common_passwords():
        reasons.append(translate("Errors", "this is one of the most common passwords; choose another"))
    if username and folded == unicodedata.normalize("NFKC", username).casefold():
        reasons.append(translate("Errors", "the password must not be the user name"))
    if norm and len(set(norm)) == 1:
        reasons.append(translate("Errors", "a single repeated character is too easy to guess"))
    elif MIN_LENGTH <= len(norm) <= MAX_LENGTH and not reasons:
        estimate = strength(norm, username)
        if estimate["score"] < MIN_SCORE:
            warning = (estimate.get("feedback") or {}).get("warning") or ""
            if warning:
                reasons.append(translate("Errors", "too easy to guess ({warning}); add more words or characters"
                                                   " that do not follow a pattern").format(
                    warning=warning.rstrip(".").lower()))
            else:
                reasons.append(translate("Errors", "too easy to guess; add more words or characters that do not"
                                                   " follow a pattern"))
    return reasons


def strength(password: str, username: str = "", extra_inputs: tuple[str, ...] = ()) -> dict:
    """zxcvbn's estimate (score 0..4, guesses, feedback) for the first ``ESTIMATE_CHARS`` characters."""
    from zxcvbn import zxcvbn

    return zxcvbn(password[:ESTIMATE_CHARS], user_inputs=[u for u in (username, *extra_inputs) if u])


def check_password(password: str, username: str = "") -> None:
    reasons = problems(password, username)
    if reasons:
        raise PolicyError(translate("Errors", "Password refused: {reasons}.").format(reasons="; ".join(reasons)),
                          reasons=reasons)
