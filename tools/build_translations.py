"""Update the translation sources from the UI code and compile them.

    python tools/build_translations.py          # lupdate (refresh .ts) then lrelease (.qm)
    python tools/build_translations.py --check  # exit 1 if a UI string is not translated
    python tools/build_translations.py --reuse  # also fill a new string from the same text
                                                # translated elsewhere (after moving code)

UI strings are written in Vietnamese in the code (the default language); English lives in
resources/translations/thidua_en.ts, edited with Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["en"]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        sys.exit(f"pyside6-{name} not found: install requirements.txt first")
    return found


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [_tool("lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def untranslated(ts: Path) -> list[str]:
    messages = ET.parse(ts).iter("message")
    return [
        m.findtext("source", "")
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]


def reuse_translations(ts: Path) -> int:
    """Fill untranslated messages whose source text is translated in another context."""
    tree = ET.parse(ts)
    messages = list(tree.iter("message"))
    known = {
        m.findtext("source"): m.findtext("translation")
        for m in messages
        if m.find("translation").get("type") != "unfinished" and m.findtext("translation")
    }
    filled = 0
    for message in messages:
        translation = message.find("translation")
        if translation.get("type") == "unfinished" and message.findtext("source") in known:
            translation.text = known[message.findtext("source")]
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    if "--check" in sys.argv:
        missing = []
        with tempfile.TemporaryDirectory() as tmp:
            for code in LANGUAGES:
                ts = Path(tmp) / f"thidua_{code}.ts"
                shutil.copy(TRANSLATIONS / f"thidua_{code}.ts", ts)
                lupdate(ts)
                missing += [f"{code}: {text}" for text in untranslated(ts)]
        print("\n".join(missing) or "all UI strings are translated")
        return 1 if missing else 0
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"thidua_{code}.ts"
        lupdate(ts)
        if "--reuse" in sys.argv:
            print(f"{code}: {reuse_translations(ts)} strings filled from the same text elsewhere")
        lrelease(ts, TRANSLATIONS / f"thidua_{code}.qm")
        for text in untranslated(ts):
            print(f"untranslated ({code}): {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
