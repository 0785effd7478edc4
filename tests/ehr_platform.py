"""A small stand-in for a provincial 汽車維修電子健康檔案 platform, on 127.0.0.1, for the uploader's tests.

It implements the common protocol as ``resources/ehr/protocol.json`` describes it: a token request with the company
code and password, then one record per request in the ``transaction`` envelope, answered with
``transaction.body.respInfo`` {code, message}; code "1" is success. It refuses a wrong login, an unknown or expired
token (code "2") and a bad record (code "0" with the reason, as a platform would: a VIN of the wrong length, a part
without its code, a date that is not yyyyMMdd …). It can be made slow (``delay``), or hold record requests and then
lose them (``hold``), to test time-outs; ``down_url`` gives an address where nothing listens (connection refused).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from typing import Any

from garage_desktop.domain.identifiers import vin_check_digit
from garage_desktop.services.ehr_protocol import load_protocol

COMPANY_CODE = "440300123456"
PASSWORD = "Pa55-健康檔案"
_DATE = re.compile(r"^\d{8}$")
_TIME = re.compile(r"^\d{6}$")


def _at(data: Any, path: list[str]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def record_problem(request: dict[str, Any], *, check_vin_digit: bool = False) -> str | None:
    """Why the platform refuses a record (its own words), or None."""
    basic = request.get("basicInfo")
    if not isinstance(basic, dict):
        return "缺少basicInfo"
    for key in ("vehicleplatenumber", "vin", "companyname", "repairdate", "repairmileage", "settledate",
                "faultdescription", "costlistcode"):
        if not str(basic.get(key) or "").strip():
            return f"{key}不能為空"
    if len(str(basic["vin"])) != 17:
        return "vin長度必須為17位"
    if check_vin_digit and str(basic["vin"])[8] != vin_check_digit(str(basic["vin"])):
        return "vin校驗位錯誤"
    for key in ("repairdate", "settledate"):
        if not _DATE.match(str(basic[key])):
            return f"{key}格式錯誤，應為yyyyMMdd"
    projects = request.get("repairprojectlist")
    if not isinstance(projects, list) or not projects:
        return "repairprojectlist不能為空"
    for part in request.get("vehiclepartslist") or []:
        if not str(part.get("partscode") or "").strip():
            return "配件編碼partscode不能為空"
    return None


class StandInPlatform:
    """The platform: ``start()`` it (or use ``running()``), point the account at ``url``, ``stop()`` it."""

    def __init__(self, *, company_code: str = COMPANY_CODE, password: str = PASSWORD,
                 expires_in: int | None = 7200, protocol: dict[str, Any] | None = None) -> None:
        self.protocol = protocol or load_protocol()  # a province's own: paths, keys, codes as its file says
        self.company_code = company_code
        self.password = password
        self.expires_in = expires_in
        self.tokens: set[str] = set()
        self.token_requests = 0
        self.records: list[dict[str, Any]] = []  # every record received (the reqInfo), accepted or not
        self.accepted: list[dict[str, Any]] = []
        self.headers: list[dict[str, Any]] = []
        self.refused_tokens = 0
        self.record_requests = 0  # record requests begun (answered or not)
        self.check_vin_digit = False  # some provinces refuse a VIN whose check digit fails
        self.delay = 0.0  # seconds before answering a record
        # A record request waits until this event is set, then is dropped unrecorded (lost on the way)
        self.hold: threading.Event | None = None
        self._serial = count(1)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- running ---------------------------------------------------------------------------------------------
    def start(self) -> StandInPlatform:
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length).decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    self._answer(400, {"code": "0", "status": "bad json"})
                    return
                status, answer = platform.answer(self.path, body)
                self._answer(status, answer)

            def _answer(self, status: int, answer: dict[str, Any]) -> None:
                data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the uploader gave up waiting (a time-out test)

            def log_message(self, *_args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="stand-in-platform", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self.hold is not None:
            self.hold.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the platform first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/platform"

    def expire_tokens(self) -> None:
        """Every token given so far stops being accepted (the platform restarted, or they timed out)."""
        with self._lock:
            self.tokens.clear()

    # --- the protocol ----------------------------------------------------------------------------------------
    def answer(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        token_spec, record_spec = self.protocol["token"], self.protocol["record"]
        if path == "/platform" + token_spec["path"]:
            return 200, self._token(body, token_spec)
        if path == "/platform" + record_spec["path"]:
            return 200, self._record(body, record_spec)
        return 404, {"message": "not found"}

    def _token(self, body: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self.token_requests += 1
            if body.get(spec["company_code_key"]) != self.company_code or body.get(spec["password_key"]) != \
                    self.password:
                return _answer({spec_path(spec["code"]): "0", spec_path(spec["message"]): "企業編碼或密碼錯誤"})
            token = f"token-{next(self._serial)}"
            self.tokens.add(token)
        fields = {spec_path(spec["code"]): str(spec["success"]), spec_path(spec["message"]): "success",
                  spec_path(spec["token"]): token}
        if self.expires_in is not None and spec.get("expires_in"):
            fields[spec_path(spec["expires_in"])] = self.expires_in
        return _answer(fields)

    def _record(self, body: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        self.record_requests += 1
        if self.hold is not None:  # lost on the way: never recorded, answered (too late) with an error
            self.hold.wait(30)
            return self._resp("refused", "處理超時")
        if self.delay:
            time.sleep(self.delay)
        header = _at(body, spec["header"]) or {}
        request = _at(body, spec["request"])
        if not isinstance(request, dict):
            return self._resp("refused", "缺少reqInfo")
        with self._lock:
            self.headers.append(header)
            self.records.append(request)
            if request.get(spec["token_key"]) not in self.tokens:
                self.refused_tokens += 1
                return self._resp("token", "access_token無效或已過期")
        date_key, time_key = spec["header_date"]["key"], spec["header_time"]["key"]
        if not (_DATE.match(str(header.get(date_key, ""))) and _TIME.match(str(header.get(time_key, "")))):
            return self._resp("refused", "header日期時間格式錯誤")
        problem = record_problem(request, check_vin_digit=self.check_vin_digit)
        if problem is not None:
            return self._resp("refused", problem)
        with self._lock:
            self.accepted.append(request)
        return self._resp("ok", "上傳成功")

    def _resp(self, kind: str, message: str) -> dict[str, Any]:
        """The answer to a record: ``kind`` "ok", "token" (refused token) or "refused", in the protocol's codes."""
        spec = self.protocol["record"]
        success = str(spec["success"])
        if kind == "ok":
            code = success
        elif kind == "token" and spec.get("token_refused"):
            code = str(spec["token_refused"][0])
        else:
            code = "0" if success != "0" else "-1"
        return _answer({spec_path(spec["code"]): code, spec_path(spec["message"]): message})


def spec_path(keys: list[str]) -> tuple[str, ...]:
    return tuple(keys)


def _answer(fields: dict[tuple[str, ...], Any]) -> dict[str, Any]:
    """A JSON answer with each value at its path of keys."""
    answer: dict[str, Any] = {}
    for path, value in fields.items():
        into = answer
        for key in path[:-1]:
            into = into.setdefault(key, {})
        into[path[-1]] = value
    return answer


@contextmanager
def running(**kwargs: Any) -> Iterator[StandInPlatform]:
    platform = StandInPlatform(**kwargs).start()
    try:
        yield platform
    finally:
        platform.stop()


def down_url() -> str:
    """An address on 127.0.0.1 where nothing listens: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/platform"
