"""The translations are complete and stay complete (issue 13).

- every ``.ts`` file: no unfinished, empty, obsolete or vanished entry; every ``%n`` string has
  exactly the language's plural forms; placeholders and accelerators kept;
- the ``.ts`` files hold exactly what the code says today: ``pyside6-lupdate`` over ``ui/``,
  ``app/`` and ``vault/`` is compared with each file (a new string with no translation, or a
  translation of a string the code no longer has, fails);
- nothing user-visible in ``ui/`` escapes extraction: a literal given to a text-setting Qt call
  without ``tr()``, or ``tr()`` of something lupdate cannot read, fails;
- each language's glossary names the product's words, and the translations use them.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vault.i18n import LANGUAGES, TRANSLATIONS, plural_count

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [code for code in LANGUAGES if code != "en"]
BIN = Path(sys.executable).parent


def entries(path: Path):
    """(context, source, comment, numerus, translation element) of every message."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            yield (name, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes",
                   m.find("translation"))


def texts(translation) -> list[str]:
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_every_entry_is_finished_with_the_languages_plural_forms(lang):
    path = TRANSLATIONS / f"vaultcrm_{lang}.ts"
    assert path.exists(), f"{path.name} is missing"
    problems = []
    for context, source, _comment, numerus, translation in entries(path):
        where = f"{context}: {source!r}"
        if lang == "en" and not numerus:
            problems.append(f"{where}: the English file holds plural forms only")
            continue
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where}: {translation.get('type') if translation is not None else 'missing'}")
            continue
        forms = texts(translation)
        if numerus and len(forms) != plural_count(lang):
            problems.append(f"{where}: {len(forms)} plural forms, {lang} needs {plural_count(lang)}")
        if any(not f.strip() for f in forms):
            problems.append(f"{where}: empty translation")
    assert not problems, f"{len(problems)} problems in {path.name}:\n" + "\n".join(problems[:40])


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def accelerators(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)\w", text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(lang):
    problems = []
    for context, source, _comment, _numerus, translation in entries(TRANSLATIONS / f"vaultcrm_{lang}.ts"):
        if translation is None:
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in texts(translation):
            got = sorted(set(PLACEHOLDER.findall(form)))
            if got != wanted and not (wanted == ["%n"] and got == []):
                problems.append(f"{context}: {source!r} → {form!r}: placeholders {got} instead of {wanted}")
            if accelerators(form) != accelerators(source):
                problems.append(f"{context}: {source!r} → {form!r}: accelerator (&) lost or added")
    assert not problems, "\n".join(problems[:40])


def lupdate_keys(tmp_path: Path, plural_only: bool = False) -> set[tuple[str, str, str, bool]]:
    sources = [str(p.relative_to(ROOT)) for d in ("ui", "app", "vault") for p in sorted((ROOT / d).rglob("*.py"))]
    out = tmp_path / ("plural.ts" if plural_only else "all.ts")
    cmd = [str(BIN / "pyside6-lupdate"), *sources, "main.py", "-locations", "none", "-silent", "-ts", str(out)]
    if plural_only:
        cmd.insert(-2, "-pluralonly")
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    return {(c, s, k, n) for c, s, k, n, _t in entries(out)}


def test_the_ts_files_hold_exactly_the_strings_of_the_code(tmp_path):
    """What lupdate finds in the code today, compared with each committed file: run
    ``python3 .ci/dev.py translations`` and translate the new entries when this fails."""
    in_code = lupdate_keys(tmp_path)
    assert len(in_code) > 400
    for lang in TRANSLATED:
        in_file = {(c, s, k, n) for c, s, k, n, t in entries(TRANSLATIONS / f"vaultcrm_{lang}.ts")
                   if t is None or t.get("type") not in ("obsolete", "vanished")}
        missing, stale = in_code - in_file, in_file - in_code
        assert not missing, f"vaultcrm_{lang}.ts lacks {len(missing)} strings, e.g. {sorted(missing)[:5]}"
        assert not stale, f"vaultcrm_{lang}.ts has {len(stale)} strings the code no longer has: {sorted(stale)[:5]}"
    plurals = lupdate_keys(tmp_path, plural_only=True)
    assert {(c, s, k, n) for c, s, k, n, _t in entries(TRANSLATIONS / "vaultcrm_en.ts")} == plurals


# ------------------------------------------------------------------ extraction of ui/ strings
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle",
    "addAction", "addMenu", "addTab", "showMessage", "setSubTitle", "setLabelText", "setHeaderLabels",
    "addItem", "setWhatsThis", "insertTab", "setTabText", "setAccessibleName",
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
                "QMenu", "QCommandLinkButton"}
TR_CALLS = {"tr", "translate"}


def _is_text_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(re.search(r"[A-Za-z]{2}", node.value))


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.AST, *types) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, types or (str,))


def untranslated_texts(path: Path, dynamic: dict[str, str]) -> list[str]:
    """Literals shown without tr(), and tr() calls lupdate cannot read. A lookup of a value marked
    elsewhere (``QCoreApplication.translate("Ctx", value)``, the value defined with
    ``QT_TRANSLATE_NOOP("Ctx", ...)``) is collected in ``dynamic`` for a check of its context."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name == "translate" and isinstance(node.func, ast.Attribute) \
                and not isinstance(node.func.value, ast.Name | ast.Attribute):
            continue  # str.translate(...) on an expression
        if name in TR_CALLS:
            ctx_given = name == "translate"
            args = node.args[1:3] if ctx_given else node.args[:2]
            if ctx_given and node.args and _literal(node.args[0]) and args and not _literal(args[0]):
                dynamic.setdefault(node.args[0].value, where)
                continue
            if any(not _literal(a, str, type(None)) for a in args):
                found.append(f"{where}: {name}() of something lupdate cannot read")
            continue
        if name == "QT_TRANSLATE_NOOP" and len(node.args) > 1 and _literal(node.args[1]) and "%n" in node.args[1].value:
            found.append(f"{where}: a %n string marked with QT_TRANSLATE_NOOP loses its plural forms")
            continue
        if (name in TEXT_CALLS or name in TEXT_WIDGETS) and node.args and _is_text_literal(node.args[0]) \
                and name != "addItem":
            found.append(f"{where}: {name}({ast.unparse(node.args[0])[:50]}) without tr()")
    return found


def marked_contexts() -> set[str]:
    marked = set()
    for d in ("ui", "app", "vault"):
        for path in (ROOT / d).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _name(node.func) in ("QT_TRANSLATE_NOOP", "translate") \
                        and len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1]):
                    marked.add(node.args[0].value)
    return marked


ALLOWED_LITERALS = {"VaultCRM", "AGE-SECRET-KEY-1…"}  # the product's name; a key's format


def test_every_user_visible_string_in_ui_goes_through_tr():
    problems, dynamic = [], {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        problems += [p for p in untranslated_texts(path, dynamic) if not any(f"'{a}'" in p or f'"{a}"' in p
                                                                             for a in ALLOWED_LITERALS)]
    marked = marked_contexts()
    problems += [f"{where}: looks up context {ctx!r}, where no value is marked with QT_TRANSLATE_NOOP"
                 for ctx, where in dynamic.items() if ctx not in marked]
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------ glossaries
GLOSSARY_TERMS = ["vault", "recovery key", "authenticator", "consent", "lawful basis", "erasure", "restriction",
                  "profile"]


def glossary(lang: str) -> dict[str, str]:
    rows = {}
    for line in (TRANSLATIONS / f"glossary_{lang}.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0] and not set(cells[0]) <= set("-: ") and cells[0].lower() != "english":
            rows[cells[0].lower()] = cells[1]
    return rows


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_has_a_glossary_of_the_products_words(lang):
    rows = glossary(lang)
    missing = [t for t in GLOSSARY_TERMS if not any(t in k for k in rows)]
    assert not missing, f"glossary_{lang}.md lacks {missing}"


# English word (as it starts in a source string) -> the glossary row that fixes its translation
CONSISTENT_TERMS = {"consent": "consent", "recovery key": "recovery key", "authenticator": "authenticator",
                    "profile": "profile", "erase": "erasure", "restrict": "restriction", "vault": "vault"}


def fold(text: str) -> str:
    """Lower case without diacritics, so inflected forms compare (usuń/usunięcie, výmaz/vymazat)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def stems(cell: str) -> list[str]:
    """The glossary's words for a term as 4-letter stems of every word of 4 letters or more
    ("aplikacja uwierzytelniająca" -> apli, uwie), so inflected forms match."""
    return sorted({w[:4] for w in re.findall(r"\w{4,}", fold(cell))})


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_use_the_glossarys_words(lang):
    """A source that names a product word is translated with the glossary's word for it (one
    concept, one word everywhere)."""
    rows = glossary(lang)
    problems = []
    for english, row_key in CONSISTENT_TERMS.items():
        cell = next((v for k, v in rows.items() if k.startswith(row_key)), None)
        assert cell, f"glossary_{lang}.md has no row for {row_key!r}"
        wanted = stems(cell)
        for context, source, _comment, _numerus, translation in entries(TRANSLATIONS / f"vaultcrm_{lang}.ts"):
            # the product's name, {placeholders} and file patterns (*.vaultcrm-invite) are not words shown
            plain = re.sub(r"\{\w*\}|\*\.[\w-]+|\.vaultcrm[\w-]*", "", source.replace("VaultCRM", ""))
            if translation is None or not re.search(rf"\b{english}", plain, re.I):
                continue
            if not any(stem in fold(form) for form in texts(translation) for stem in wanted):
                problems.append(f"{context}: {source!r} → {texts(translation)[0]!r} lacks {cell!r}")
    assert not problems, "\n".join(problems)
