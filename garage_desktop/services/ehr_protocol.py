"""The health-record platform's protocol, as ``resources/ehr/protocol.json`` describes it (data, not code: a
province whose interface differs gets its own copy, named in the platform account): a token request
with the company code and password, then one record per request in the ``transaction`` envelope; the answer's
code and message where the file says. ``PlatformClient`` keeps the token until it expires or is refused (then
renews it once and sends the record again); an unreachable, failing or slow platform is an ``Outcome`` with a
plain message, never an exception. Standard library only (``urllib.request`` with a time-out)."""

from __future__ import annotations

import json
import logging
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from time import monotonic
from typing import Any
from urllib.parse import urlsplit

from garage_desktop import paths
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import clock

log = logging.getLogger(__name__)

PROTOCOL_UNUSABLE = QT_TRANSLATE_NOOP("Domain", "The protocol file {path} cannot be used: {reason}")

UNREACHABLE = QT_TRANSLATE_NOOP("Domain", "The platform could not be reached (no network, or the address is wrong). "
                                          "It is tried again later.")
TIMED_OUT = QT_TRANSLATE_NOOP("Domain", "The platform did not answer in time. It is tried again later.")
UNREADABLE = QT_TRANSLATE_NOOP("Domain", "The platform's answer could not be read. It is tried again later.")
HTTP_ERROR = QT_TRANSLATE_NOOP("Domain", "The platform answered with an error of its own. It is tried again later.")
LOGIN_REFUSED = QT_TRANSLATE_NOOP("Domain", "The platform refused the company code or password.")
REFUSED = QT_TRANSLATE_NOOP("Domain", "The platform refused the record.")
ACCEPTED = QT_TRANSLATE_NOOP("Domain", "Accepted by the platform.")


def bundled_protocol_file() -> Path:
    return paths.resource("ehr", "protocol.json")


# What a protocol file must say: section → keys (a list: a path of keys into the JSON; text: a key or a value).
_REQUIRED = {"token": ("path", "company_code_key", "password_key", "code", "message", "token", "success"),
             "record": ("path", "header", "header_date", "header_time", "request", "token_key", "code", "message",
                        "success")}


def _check(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError("not a JSON object")
    for section, keys in _REQUIRED.items():
        part = data.get(section)
        if not isinstance(part, dict):
            raise TypeError(f"no {section!r} section")
        missing = [key for key in keys if key not in part]
        if missing:
            raise ValueError(f"{section!r} lacks {', '.join(missing)}")
        if not str(part["path"]).startswith("/"):
            raise ValueError(f"{section}.path must start with /")
    for key in ("header_date", "header_time"):
        if not isinstance(data["record"][key], dict) or {"key", "format"} - set(data["record"][key]):
            raise TypeError(f"record.{key} needs key and format")
    return data


@cache
def _read(path: Path, _stamp: float) -> dict[str, Any]:
    return _check(json.loads(path.read_text(encoding="utf-8")))


def load_protocol(path: Path | str | None = None) -> dict[str, Any]:
    """The protocol of the file ``path`` (a province's own, named in the platform account), else the bundled
    ``resources/ehr/protocol.json``. Raises DomainError (field ``protocol_file``) when the file cannot be used."""
    path = Path(path) if path else bundled_protocol_file()
    try:
        return _read(path, path.stat().st_mtime)
    except (OSError, ValueError, TypeError) as error:  # unreadable, not JSON, a section or a key missing
        raise DomainError(PROTOCOL_UNUSABLE, field="protocol_file", path=str(path), reason=str(error)) from None


@dataclass(frozen=True)
class Outcome:
    sent: bool
    message: str  # the platform's own message, else one of the messages above (English source, translated shown)
    reachable: bool = True  # False: the platform could not be reached or did not answer (stop this run)
    login_refused: bool = False


def _at(data: Any, path: list[str]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _nest(path: list[str], value: dict[str, Any]) -> dict[str, Any]:
    for key in reversed(path):
        value = {key: value}
    return value


class _TokenRefused(Exception):
    pass


class _Unreachable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PlatformClient:
    """Talks to one platform account: keeps its access token until refused or expired. One thread at a time."""

    def __init__(self, url: str, company_code: str, password: str, *, protocol: dict[str, Any] | None = None,
                 timeout: float | None = None) -> None:
        self.url = url.rstrip("/")
        self.company_code = company_code
        self._password = password
        self.protocol = protocol or load_protocol()
        self.timeout = timeout if timeout is not None else float(self.protocol.get("timeout_seconds", 20))
        self._token: str | None = None
        self._token_until: float | None = None  # time.monotonic() after which the token is asked for again
        self.tokens_asked = 0  # tests: how often a token was requested
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never the password
        return f"PlatformClient({self._host!r}, {self.company_code!r})"

    @property
    def _host(self) -> str:
        """The platform as it may be logged: its host only (an address typed with user:password@ stays out)."""
        try:
            return urlsplit(self.url).hostname or "?"
        except ValueError:
            return "?"

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(self.url + path, data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                         headers={"Content-Type": "application/json; charset=utf-8"},
                                         method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            if error.code == 401:
                raise _TokenRefused from None
            log.info("health record platform %s answered HTTP %s", self._host, error.code)
            raise _Unreachable(HTTP_ERROR) from None
        except TimeoutError:
            raise _Unreachable(TIMED_OUT) from None
        except urllib.error.URLError as error:
            timed_out = isinstance(error.reason, TimeoutError)
            log.info("health record platform %s not reached: %s", self._host, type(error.reason).__name__)
            raise _Unreachable(TIMED_OUT if timed_out else UNREACHABLE) from None
        except (ConnectionError, OSError):
            raise _Unreachable(UNREACHABLE) from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _Unreachable(UNREADABLE) from None

    def _ask_token(self) -> Outcome | None:
        """Get a token; an Outcome when refused."""
        spec = self.protocol["token"]
        self.tokens_asked += 1
        answer = self._post(spec["path"], {spec["company_code_key"]: self.company_code,
                                           spec["password_key"]: self._password})
        token = _at(answer, spec["token"])
        if str(_at(answer, spec["code"])) != str(spec["success"]) or not token:
            message = _at(answer, spec["message"])
            return Outcome(False, str(message) if message else LOGIN_REFUSED, login_refused=True)
        self._token = str(token)
        expires = _at(answer, spec["expires_in"]) if spec.get("expires_in") else None
        try:
            self._token_until = monotonic() + max(float(expires) - 60, 0) if expires else None
        except (TypeError, ValueError):
            self._token_until = None
        return None

    def _token_valid(self) -> bool:
        return self._token is not None and (self._token_until is None
                                            or monotonic() < self._token_until)

    def _envelope(self, record: dict[str, Any], now: datetime) -> dict[str, Any]:
        spec = self.protocol["record"]
        header = {spec["header_date"]["key"]: now.strftime(spec["header_date"]["format"]),
                  spec["header_time"]["key"]: now.strftime(spec["header_time"]["format"])}
        envelope = _nest(spec["header"], header)
        request = _nest(spec["request"], {spec["token_key"]: self._token, **record})
        _merge(envelope, request)
        return envelope

    def send(self, record: dict[str, Any], now: datetime | None = None) -> Outcome:
        """Send one record: a token first if none is held; a refused token is renewed once."""
        now = now or clock.now()
        spec = self.protocol["record"]
        with self._lock:
            try:
                for renewed in (False, True):
                    if renewed or not self._token_valid():
                        refused = self._ask_token()
                        if refused is not None:
                            return refused
                    try:
                        answer = self._post(spec["path"], self._envelope(record, now))
                    except _TokenRefused:
                        self._token = None
                        continue
                    code = str(_at(answer, spec["code"]))
                    if code in {str(c) for c in spec.get("token_refused", [])}:
                        self._token = None
                        continue
                    message = _at(answer, spec["message"])
                    if code == str(spec["success"]):
                        return Outcome(True, str(message) if message else ACCEPTED)
                    return Outcome(False, str(message) if message else REFUSED)
                return Outcome(False, LOGIN_REFUSED, login_refused=True)
            except _TokenRefused:  # the token request itself answered 401
                return Outcome(False, LOGIN_REFUSED, login_refused=True)
            except _Unreachable as unreachable:
                return Outcome(False, unreachable.message, reachable=False)


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
