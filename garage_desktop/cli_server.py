"""Moving the garage onto a PostgreSQL server, for several PCs:

    garage-desktop move-to postgresql+psycopg://garage:PASSWORD@SERVER/garage --db garage.sqlite3

copies every table of the file into the (empty) server database, compares rows and money table by table and
prints them; the file is not changed (``services.server_move``). Each PC then starts with ``--db URL``.
"""

from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger(__name__)


def add_server_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    move = commands.add_parser("move-to", help="copy the garage's file into an empty PostgreSQL database, "
                                               "checked table by table (the file is not changed)")
    move.add_argument("server_url", metavar="URL",
                      help="the server database, postgresql+psycopg://login:password@server/database")
    move.add_argument("--db", dest="sub_db", help="the database file to move (default: the user's)")


def _fail(message: str) -> int:
    print(f"garage-desktop: {message}", file=sys.stderr)
    log.error("command line: %s", message)
    return 1


def run_move(args: argparse.Namespace) -> int:
    from garage_desktop.cli_backup import program_is_running
    from garage_desktop.paths import database_url, default_db_path, shown_url, sqlite_file, without_password
    from garage_desktop.services import server_move

    url = args.server_url
    db_file = default_db_path() if args.sub_db is None else sqlite_file(database_url(args.sub_db))
    if db_file is None:
        return _fail("move-to moves a database file (--db garage.sqlite3) onto a server")
    if not db_file.is_file():
        return _fail(f"there is no database file {db_file}")
    if program_is_running(db_file):
        return _fail("the program is open on this database; close it before moving it (what is typed during the "
                     "move would stay behind in the file)")
    where = shown_url(url)
    print(f"moving {db_file} into {where} …", flush=True)
    try:
        report = server_move.move_to_server(db_file, url)
    except server_move.MoveRefused as error:
        return _fail(f"move refused: {without_password(str(error), url)}")
    width = max(len(move.table) for move in report.tables)
    print(f"{'table':<{width}}  {'rows: file → server':>22}  {'money ¥: file → server':>32}")
    for move in report.tables:
        money = f"{move.file_money:,.2f} → {move.server_money:,.2f}" if move.has_money else ""
        print(f"{move.table:<{width}}  {f'{move.file_rows} → {move.server_rows}':>22}  {money:>32}")
    print(f"all {len(report.tables)} tables match; audit trail intact on the server ({report.audit_events} events); "
          f"schema {report.revision}; {db_file} was not changed")
    print(f"start each PC with: garage-desktop --db {where.replace('***', 'PASSWORD')}")
    log.info("moved %s into %s", db_file, where)
    return 0
