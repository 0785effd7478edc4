"""Entry point: ``garage-desktop`` starts the window; sub-commands serve scripts (demo, backup, ...)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

STARTED_AT = time.perf_counter()  # first thing, for the hidden --startup-probe (benchmarks/bench_startup.py)

from garage_desktop.languages import DEFAULT_LANGUAGE, LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="garage-desktop",
                                     description="The service process of a small independent garage.")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: garage.sqlite3 in the "
                                     "user's data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="start on a fresh database filled with a demo garage")
    parser.add_argument("--smoke", action="store_true",
                        help="start on a temporary demo database and settings store, open every tab, check "
                             "the font, the language and the window's size, exit (0 ok; problems on stderr)")
    parser.add_argument("--lang", default=None, choices=LANGUAGES, metavar="LANG",
                        help=f"interface language, one of: {', '.join(LANGUAGES)} (default: the language chosen "
                             f"in Settings; on the first start the system's: Traditional Chinese → zh_TW, "
                             f"otherwise {DEFAULT_LANGUAGE})")
    # Benchmarks only: print the start-up time once the board is filled, then exit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help="write a demo garage into a new database file and exit")
    demo.add_argument("--db", dest="sub_db", required=True, help="the new database file")
    demo.add_argument("--orders", type=int, default=None, help="how many orders (default: a few hundred)")
    demo.add_argument("--lang", dest="demo_lang", default=None, choices=LANGUAGES, metavar="LANG",
                      help=f"the garage's script, one of: {', '.join(LANGUAGES)}: zh_TW writes its names, addresses "
                           f"and notes in Traditional characters, the others in mainland Simplified (default: the "
                           f"top-level --lang, else {DEFAULT_LANGUAGE})")
    from garage_desktop.cli_backup import add_backup_commands
    from garage_desktop.cli_ehr import add_ehr_commands
    from garage_desktop.cli_export import add_export_command
    from garage_desktop.cli_print import add_print_commands
    from garage_desktop.cli_server import add_server_commands

    add_backup_commands(commands)
    add_print_commands(commands)
    add_export_command(commands)
    add_ehr_commands(commands)
    add_server_commands(commands)
    return parser


# What start-up needs besides Qt, imported before Qt (see ``_import_before_qt``).
BEFORE_QT = (
    "sqlalchemy.dialects.sqlite",  # the engine's dialect (create_engine would load it later)
    "garage_desktop.db.engine",  # SQLAlchemy Core and the engine
    "garage_desktop.services.garage_file",  # the quick look at the file
    "garage_desktop.services.board",  # the first screen's data, read through Core
    "garage_desktop.services.roster",  # who is at the PC
)


def _import_before_qt() -> None:
    """Import what start-up needs besides Qt before Qt itself. Importing PySide6 replaces ``__import__`` with a
    hook that reads the source of every Python module imported after it; SQLAlchemy alone then takes about 70 ms
    longer to import (measured with ``benchmarks/bench_startup.py``)."""
    import importlib

    for name in BEFORE_QT:
        importlib.import_module(name)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The bundle starts its child processes (the month-end workbook: ``child_process``) through itself: such a
        # start runs the child's work here and exits, before any argument is parsed.
        import multiprocessing

        multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    from garage_desktop.logsetup import setup_logging
    from garage_desktop.paths import data_dir, database_url, shown_url, sqlite_file, without_password

    smoke_home: Path | None = None
    if args.smoke:
        # The smoke start touches nothing of the user's: database, settings and log live in a temporary folder.
        import tempfile

        from garage_desktop.paths import use_data_dir

        smoke_home = Path(tempfile.mkdtemp(prefix="garage-smoke-"))
        use_data_dir(smoke_home / "data")
        setup_logging(smoke_home / "logs")
    else:
        setup_logging()
    if args.command == "demo":
        from garage_desktop import demo

        url = database_url(args.sub_db)
        try:
            stats = demo.write_demo(url, orders=args.orders, language=args.demo_lang or args.lang or DEFAULT_LANGUAGE)
        except FileExistsError as error:
            print(f"garage-desktop: {without_password(str(error), url)}", file=sys.stderr)
            return 2
        print(f"demo garage written to {shown_url(url)}: {stats}")
        return 0
    if args.command == "export":
        from garage_desktop.cli_export import run_export

        return run_export(args)
    if args.command == "ehr":
        from garage_desktop.cli_ehr import run_ehr

        return run_ehr(args)
    if args.command == "print":
        from garage_desktop.cli_print import run_print

        return run_print(args)
    if args.command == "move-to":
        from garage_desktop.cli_server import run_move

        return run_move(args)
    if args.command in ("backup", "restore", "check"):
        from garage_desktop.cli_backup import run_backup_command

        return run_backup_command(args)

    if smoke_home is not None:
        url = database_url(smoke_home / "smoke.sqlite3")
    elif args.demo and args.db is None:
        # A fresh demo.sqlite3: the window deletes the old one once it holds its lock (another window may be on it).
        url = database_url(data_dir() / "demo.sqlite3")
    else:
        url = database_url(args.db)
        existing = sqlite_file(url)
        if args.demo and existing is not None and existing.exists() and existing.stat().st_size > 0:
            # Checked before Qt starts: the demo never writes into a garage's real data.
            print(f"garage-desktop: {existing} already exists; --demo needs a new file", file=sys.stderr)
            return 2
    _import_before_qt()
    if smoke_home is not None:
        from garage_desktop.ui.smoke import run_smoke

        return run_smoke(url, smoke_home, language=args.lang)
    from garage_desktop.ui.app import run_window

    return run_window(url, language=args.lang, demo=args.demo, replace_demo=args.demo and args.db is None,
                      startup_probe=STARTED_AT if args.startup_probe else None)


if __name__ == "__main__":
    raise SystemExit(main())
