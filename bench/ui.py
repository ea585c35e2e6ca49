"""Desktop app figures: process start to the sign-in window shown, and scroll-to-end of a
1,000,000-row customer list (page fetches on the DB worker, painted by the real QTableView).

    python bench/ui.py [--runs 5] [--rows 1000000] [--real-rows 20000]

Offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set. Prints a table of figures.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "benchmark vault passphrase 42"


def startup(runs: int, vault: Path, config: Path) -> list[float]:
    """Wall time from spawning ``python main.py`` to the sign-in panel shown (recent vault)."""
    env = dict(os.environ, VAULTCRM_EXIT_WHEN_SHOWN="1", XDG_CONFIG_HOME=str(config))
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True,
                              timeout=60, cwd=ROOT)
        shown = next((line for line in proc.stdout.splitlines() if line.startswith("shown")), None)
        if shown is None or "signin" not in shown:
            raise SystemExit(f"the app did not show the sign-in panel: {proc.stdout!r} {proc.stderr[-500:]!r}")
        # the marker is printed right after the window is shown; exit adds a few ms, excluded below
        out.append(time.perf_counter() - t0)
    return out


def make_vault(folder: Path, real_rows: int):
    from app import auth
    from app.records import importing
    from vault import kdf

    session, creation = auth.create_vault(folder, "bench", PASSWORD, kdf_params=kdf.FLOOR)
    try:
        if real_rows:
            lines = ["First Name,Last Name,Email,City,Company"]
            lines += [f"Given{i},Family{i:07d},p{i}@example.com,City {i % 97},Company {i % 1013}"
                      for i in range(real_rows)]
            importing.import_bytes(session, ("\n".join(lines) + "\n").encode(), name="bench.csv",
                                   duplicates="import", batch_size=5000)
    finally:
        auth.lock(session, "exit")
    return creation.enrolment.totp_secret


def scroll_to_end(app, fetch, expected_total: int, runs: int, label: str, worker=None) -> list[dict]:
    """Time: model reset with the first page; then scrollToBottom until the last row is painted."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QTableView

    from app.worker import DbWorker
    from ui.common.tasks import Tasks
    from ui.workspace.customer_model import CustomerTableModel

    def spin_until(cond, timeout=30.0):
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout
        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(lambda: loop.quit() if cond() or time.perf_counter() > deadline else None)
        timer.start()
        loop.exec()
        timer.stop()
        if not cond():
            raise SystemExit(f"{label}: timed out")

    results = []
    for _ in range(runs):
        own = worker is None
        w = DbWorker() if own else worker
        tasks = Tasks(w)
        model = CustomerTableModel(tasks, fetch)
        view = QTableView()
        view.setModel(model)
        view.resize(1000, 700)
        view.show()
        t0 = time.perf_counter()
        model.reload()
        spin_until(lambda m=model: m.rowCount() == expected_total and m.is_loaded(0))
        first = time.perf_counter() - t0
        view.repaint()
        t1 = time.perf_counter()
        view.scrollToBottom()
        spin_until(lambda m=model: m.is_loaded(expected_total - 1))
        view.viewport().repaint()
        end = time.perf_counter() - t1
        last = model.data(model.index(expected_total - 1, 0))
        assert last and last != "…", last
        results.append({"first": first, "end": end, "pages": model.cached_pages})
        view.close()
        tasks.forget()
        if own:
            w.shutdown()
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--real-rows", type=int, default=20_000)
    ap.add_argument("--board-deals", type=int, default=10_000)
    ap.add_argument("--only-board", action="store_true", help="only the pipeline board (bench/ui_board.py)")
    args = ap.parse_args()
    if args.only_board:
        return board_only(args)

    import resource

    from PySide6.QtWidgets import QApplication

    import ui  # noqa: F401  (the None-refcount guard)
    from app.records.listing import Page

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="vaultcrm-bench-ui-") as tmp:
        tmp = Path(tmp)
        vault = tmp / "vault"
        secret = make_vault(vault, args.real_rows)
        config = tmp / "config"
        from app.settings import LocalSettings

        LocalSettings(config / "VaultCRM" / "settings.json").set("ui.recent_vaults", [str(vault)])
        start = startup(args.runs, vault, config)

        total = args.rows

        def synthetic(f, sort, offset, limit):
            rows = [{"id": i, "kind": "person", "display_name": f"Person {i:07d}", "company_name": "Company",
                     "email": f"p{i}@example.com", "phone": "+33 4 00 00 00 00", "city": "Lyon", "status": "lead",
                     "owner_id": "u", "owner_name": "Owner", "last_contact_at": None,
                     "updated_at": "2026-01-01T00:00:00", "version": 1} for i in range(offset, min(total, offset + limit))]
            return Page(total, offset, rows, 1)

        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        synth = scroll_to_end(app, synthetic, total, args.runs, "synthetic")
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        real = []
        if args.real_rows:
            import pyotp

            from app import auth
            from app.records import customer_page
            from app.worker import DbWorker

            worker = DbWorker()  # signed in on the worker thread (the connection lives there)
            session = worker.call(lambda: auth.sign_in(vault, "bench", PASSWORD, totp_code=pyotp.TOTP(secret).now()))

            def real_fetch(f, sort, offset, limit):
                return customer_page(session, f, sort, offset, limit)

            real = scroll_to_end(app, real_fetch, args.real_rows, 3, "real vault", worker=worker)
            worker.call(auth.lock, session, "exit")
            worker.shutdown()
    print(f"process start → sign-in window shown ({args.runs} runs): median {statistics.median(start):.3f} s, "
          f"min {min(start):.3f} s, max {max(start):.3f} s")
    print(f"{total:,}-row list (synthetic pages through the worker, real model and QTableView), {args.runs} runs:")
    print(f"  first page shown: median {statistics.median(r['first'] for r in synth) * 1000:.1f} ms")
    print(f"  scroll to end, last row painted: median {statistics.median(r['end'] for r in synth) * 1000:.1f} ms, "
          f"max {max(r['end'] for r in synth) * 1000:.1f} ms; pages kept ≤ {max(r['pages'] for r in synth)}")
    print(f"  peak RSS growth over the runs: {(rss1 - rss0) / 1024:.1f} MiB")
    if real:
        print(f"real vault, {args.real_rows:,} customers (SQLCipher, customer_page), {len(real)} runs: first page "
              f"median {statistics.median(r['first'] for r in real) * 1000:.1f} ms (the first run walks the index "
              f"for the ordered ids: {real[0]['first'] * 1000:.1f} ms), scroll to end median "
              f"{statistics.median(r['end'] for r in real) * 1000:.1f} ms")


def board_only(args) -> None:
    """The pipeline board alone: 2,000 customers, ``--board-deals`` open deals."""
    from PySide6.QtWidgets import QApplication

    import ui  # noqa: F401
    from bench import ui_board

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="vaultcrm-bench-board-") as tmp:
        secret = make_vault(Path(tmp) / "vault", 2000)
        ui_board.report(ui_board.run(Path(tmp) / "vault", secret, PASSWORD, args.board_deals, args.runs,
                                     Path(tmp) / "config"))


if __name__ == "__main__":
    main()
