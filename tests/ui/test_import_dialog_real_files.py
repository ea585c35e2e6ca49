"""Issue 12: every real export of ../shared/testdata through the import dialog, as a person does
it (choose the file with a click, read the preview, click Import); the CLI's twin is
tests/test_import_real_files.py::test_every_shared_file_imports_through_the_cli. Files that are
not contacts (columns a, b, c / key, val: NOT_CONTACTS there) end in a sentence and a table of
their columns to map, never a traceback or an empty dead end."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.test_import_real_files import SHARED_FILES, expected_customers
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_import_export import click_import, importable, open_import, shown_targets


def test_every_shared_file_through_the_import_dialog(window, qtbot, vault_info, ctx):
    ws = sign_in(qtbot, window, vault_info)
    seen = {}
    for path in SHARED_FILES:
        dlg = open_import(qtbot, ws, path)
        n = expected_customers(path)
        note = dlg.preview_note.text()
        assert (note[:1].isupper() or note[:1].isdigit()) and "Traceback" not in note, (path.name, note)
        if n is None:
            header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
            assert list(shown_targets(dlg)) == header and set(shown_targets(dlg).values()) == {"Do not import"}
            assert "Choose below where each column goes" in note and not dlg.ok.isEnabled(), path.name
            qtbot.keyClick(dlg, Qt.Key.Key_Escape)
            seen[path.name] = "columns to map"
            continue
        if n == 0:  # location_coordinates.csv: a phone and a city, nobody's name
            assert importable(dlg) == 0 and "1 would be refused" in note and not dlg.ok.isEnabled()
            qtbot.keyClick(dlg, Qt.Key.Key_Escape)
            seen[path.name] = "no person"
            continue
        if importable(dlg) == 0:  # the same person is in several of these files: already imported
            assert f"{n} would be refused" in note and not dlg.ok.isEnabled(), (path.name, note)
            qtbot.keyClick(dlg, Qt.Key.Key_Escape)
            seen[path.name] = 0
            continue
        report = click_import(qtbot, dlg)
        # the same person is in several of these files: later copies are reported as duplicates
        assert report.imported + report.skipped == n, (path.name, report.errors)
        assert all(e["reason"].startswith("duplicate:") for e in report.errors), (path.name, report.errors)
        assert dlg.ok.text() == "Close"
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        seen[path.name] = report.imported
    assert len(seen) == len(SHARED_FILES) and seen["comma_in_quotes.csv"] == 1
    assert sum(v for v in seen.values() if isinstance(v, int)) >= 10
    wait_idle(qtbot, ctx)
