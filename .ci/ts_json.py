#!/usr/bin/env python3
"""Hand a .ts file's unfinished entries to a translator as JSON, and take the answers back.

    python3 .ci/ts_json.py export pl /tmp/pl.json      # unfinished entries of vaultcrm_pl.ts
    python3 .ci/ts_json.py import pl /tmp/pl-done.json # {"<id>": "text" | ["form0", "form1", ...]}
    python3 .ci/ts_json.py english                     # vaultcrm_en.ts: "%n file(s)" -> "%n file", "%n files"

Each exported entry: {"id", "context", "source", "comment", "numerus", "forms"} where ``forms``
is how many plural forms the language needs (numerus entries only). An import marks the entries
it fills as finished and leaves the others alone; ``python3 .ci/dev.py translations`` then
rebuilds the .qm files.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from vault.i18n import plural_count  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"


def entry_id(context: str, source: str, comment: str) -> str:
    return hashlib.sha1(f"{context}\0{source}\0{comment}".encode()).hexdigest()[:10]


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def export(lang: str, out: Path, everything: bool = False) -> int:
    root = ET.parse(TRANSLATIONS / f"vaultcrm_{lang}.ts").getroot()
    items = []
    for context, message in messages(root):
        translation = message.find("translation")
        if not everything and translation is not None and translation.get("type") != "unfinished":
            continue
        source, comment = message.findtext("source") or "", message.findtext("comment") or ""
        item = {"id": entry_id(context, source, comment), "context": context, "source": source,
                "comment": comment, "numerus": message.get("numerus") == "yes"}
        if item["numerus"]:
            item["forms"] = plural_count(lang)
        items.append(item)
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(items)


def import_(lang: str, answers_path: Path) -> tuple[int, int]:
    path = TRANSLATIONS / f"vaultcrm_{lang}.ts"
    tree = ET.parse(path)
    answers = json.loads(answers_path.read_text(encoding="utf-8"))
    filled = 0
    for context, message in messages(tree.getroot()):
        key = entry_id(context, message.findtext("source") or "", message.findtext("comment") or "")
        if key not in answers:
            continue
        answer = answers[key]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = answer if isinstance(answer, list) else [answer]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = answer if isinstance(answer, str) else answer[0]
        filled += 1
    ET.indent(tree, space="    ")
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    relayout(lang)
    return filled, len(answers)


def relayout(lang: str) -> None:
    """Let lupdate rewrite the file in its own layout (and add any string the code gained), so a
    commit shows only the translations that changed."""
    sources = [str(p.relative_to(ROOT)) for d in ("ui", "app", "vault") for p in sorted((ROOT / d).rglob("*.py"))]
    venv = ROOT / ".venv" / ("Scripts" if sys.platform == "win32" else "bin") / "pyside6-lupdate"
    lupdate = venv if venv.exists() else Path(sys.executable).parent / "pyside6-lupdate"
    cmd = [str(lupdate), *sources, "main.py", "-locations", "none",
           "-no-obsolete", "-silent", "-target-language", lang, "-ts", str(TRANSLATIONS / f"vaultcrm_{lang}.ts")]
    if lang == "en":
        cmd[-4:-4] = ["-pluralonly", "-source-language", "en"]
    subprocess.run(cmd, cwd=ROOT, check=True)


IRREGULAR = {"entry(s)": ("entry", "entries"), "person(s)": ("person", "people"), "copy(s)": ("copy", "copies"),
             "company(s)": ("company", "companies"), "country(s)": ("country", "countries")}


def english() -> int:
    """English needs only its plural forms; the source's "(s)" convention gives them. Sources
    without "(s)" are listed for a person to fill."""
    answers, odd = {}, []
    root = ET.parse(TRANSLATIONS / "vaultcrm_en.ts").getroot()
    for context, message in messages(root):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if "(s)" not in source:  # filled by hand once
            if translation is None or translation.get("type") == "unfinished":
                odd.append(f"{context}: {source}")
            continue
        one, many = source, source
        for word, (singular, plural) in IRREGULAR.items():
            one, many = one.replace(word, singular), many.replace(word, plural)
        answers[entry_id(context, source, message.findtext("comment") or "")] = [
            one.replace("(s)", ""), many.replace("(s)", "s")]
    path = Path("/tmp") / "vaultcrm-en-plurals.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    filled, _ = import_("en", path)
    print(f"{filled} English plural entries filled", *(["; fill these by hand:", *odd] if odd else []), sep="\n")
    return 1 if odd else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["english"]:
        return english()
    if len(argv) < 3 or argv[0] not in ("export", "export-all", "import"):
        print(__doc__)
        return 2
    if argv[0].startswith("export"):
        print(export(argv[1], Path(argv[2]), everything=argv[0] == "export-all"), "entries")
    else:
        filled, given = import_(argv[1], Path(argv[2]))
        print(f"{filled} filled of {given} answers")
        return 0 if filled == given else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
