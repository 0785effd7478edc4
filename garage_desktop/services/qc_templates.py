"""QC checklist templates: read the JSON files of ``resources/qc_templates`` (and the garage's own copies in
the data folder), check them, and choose the one for an order's job class and regulatory class.

The format is described in ``resources/qc_templates/README.md``. A garage edits a copy in
``<data folder>/qc_templates/``: it replaces the shipped template of the same id when its version is the same
or higher (a shipped update with a higher version wins over an older local copy).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from garage_desktop import paths
from garage_desktop.domain.classes import FuelType, JobClass, RegulatoryClass
from garage_desktop.domain.qc import (
    CheckItem,
    Kind,
    LimitField,
    Measurement,
    Section,
    SpreadReading,
    Template,
    Text,
)
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

log = logging.getLogger(__name__)

FORMAT = 1
FALLBACK_ID = "general"
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Domain", "There is no QC checklist \"{template}\".")


class TemplateError(ValueError):
    """A template file that cannot be used, and why (English: it is read by whoever edits the file)."""


@dataclass(frozen=True)
class _Raw:
    path: Path
    data: dict[str, Any]


def shipped_folder() -> Path:
    return paths.resource("qc_templates")


def user_folder() -> Path:
    return paths.data_dir() / "qc_templates"


# --- checking one file ----------------------------------------------------------------------------------
def _text(value: Any, where: str) -> Text:
    if not isinstance(value, Mapping) or not all(isinstance(value.get(k), str) and value.get(k).strip()
                                                 for k in ("en", "zh_TW")):
        raise TemplateError(f"{where}: needs a text in both languages: {{\"en\": \"...\", \"zh_TW\": \"...\"}}")
    return Text(value["en"].strip(), value["zh_TW"].strip())


def _key(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or not value.replace("_", "").isalnum() or not value.isascii():
        raise TemplateError(f"{where}: a key is made of ASCII letters, digits and '_' (got {value!r})")
    return value


def _number(value: Any, where: str, *, optional: bool = False) -> Decimal | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise TemplateError(f"{where}: needs a number, written as \"5\" or 5 (got {value!r})")
    try:
        number = Decimal(str(value).strip())
    except ArithmeticError:
        raise TemplateError(f"{where}: {value!r} is not a number") from None
    if not number.is_finite():
        raise TemplateError(f"{where}: {value!r} is not a number")
    return number


def _fuels(value: Any, where: str) -> frozenset[FuelType] | None:
    if value is None:
        return None
    try:
        return frozenset(FuelType(v) for v in value)
    except (TypeError, ValueError):
        raise TemplateError(f"{where}: fuels are among {[f.value for f in FuelType]}") from None


def _items(raw: Any, where: str) -> tuple[CheckItem, ...]:
    if not isinstance(raw, list) or not raw:
        raise TemplateError(f"{where}: a section needs a list of items")
    return tuple(CheckItem(_key(item.get("key"), f"{where} item"), _text(item.get("label"), f"{where} item label"),
                           bool(item.get("safety", False)))
                 for item in raw)


def _measurement(raw: Mapping[str, Any], where: str) -> Measurement:
    key = _key(raw.get("key"), where)
    where = f"{where} {key}"
    try:
        kind = Kind(raw.get("kind"))
    except ValueError:
        raise TemplateError(f"{where}: kind is one of {[k.value for k in Kind]}") from None
    common: dict[str, Any] = {
        "key": key, "label": _text(raw.get("label"), f"{where} label"), "kind": kind,
        "unit": str(raw.get("unit", "")), "fuels": _fuels(raw.get("fuels"), where),
        "note": _text(raw["note"], f"{where} note") if raw.get("note") else None}
    if kind is Kind.COMPRESSION:
        limits = raw.get("limits_percent")
        if not isinstance(limits, Mapping) or not limits:
            raise TemplateError(f"{where}: needs limits_percent per fuel, e.g. {{\"petrol\": \"5\", \"diesel\": \"8\"}}")
        fuels = _fuels(list(limits), f"{where} limits_percent") or frozenset()
        spread = {fuel: _number(limits[fuel.value], f"{where} limits_percent") for fuel in fuels}
        try:
            reading = SpreadReading(raw.get("reading"))
        except ValueError:
            raise TemplateError(f"{where}: reading is one of {[r.value for r in SpreadReading]}") from None
        return Measurement(**common, spread_limits=spread, reading=reading,
                           minimum=_number(raw.get("minimum"), f"{where} minimum", optional=True))
    if kind is Kind.START:
        tries = raw.get("max_tries")
        if not isinstance(tries, int) or isinstance(tries, bool) or tries < 1:
            raise TemplateError(f"{where}: max_tries is a whole number from 1")
        return Measurement(**common, max_tries=tries, max_seconds=_number(raw.get("max_seconds"), where))
    if kind is Kind.WEIGHT_GAIN:
        return Measurement(**common, max_percent=_number(raw.get("max_percent"), where))
    fields = []
    for entry in raw.get("fields") or []:
        field_key = _key(entry.get("key"), f"{where} field")
        minimum = _number(entry.get("min"), f"{where} {field_key} min", optional=True)
        maximum = _number(entry.get("max"), f"{where} {field_key} max", optional=True)
        if minimum is None and maximum is None:
            raise TemplateError(f"{where} {field_key}: needs a min, a max or both")
        if minimum is not None and maximum is not None and minimum > maximum:
            raise TemplateError(f"{where} {field_key}: min is above max")
        fields.append(LimitField(field_key, _text(entry.get("label"), f"{where} {field_key} label"),
                                 str(entry.get("unit", "")), minimum, maximum))
    if not fields:
        raise TemplateError(f"{where}: a limits check needs fields")
    if len({f.key for f in fields}) != len(fields):
        raise TemplateError(f"{where}: two fields share a key")
    return Measurement(**common, fields=tuple(fields))


def _own_sections(raw: _Raw) -> dict[str, Section]:
    sections = {}
    for entry in raw.data.get("sections") or []:
        if "include" in entry:
            continue
        key = _key(entry.get("key"), f"{raw.path.name} section")
        sections[key] = Section(key, _text(entry.get("title"), f"{raw.path.name} section {key} title"),
                                _items(entry.get("items"), f"{raw.path.name} section {key}"))
    return sections


def _build(raw: _Raw, own: Mapping[str, Mapping[str, Section]]) -> Template:
    data, name = raw.data, raw.path.name
    template_id = data["id"]
    sections: list[Section] = []
    for entry in data.get("sections") or []:
        if "include" in entry:
            other, _, section_key = str(entry["include"]).partition("/")
            if other not in own or section_key not in own[other]:
                raise TemplateError(f"{name}: cannot include {entry['include']!r} (template/section not found)")
            sections.append(own[other][section_key])
        else:
            sections.append(own[template_id][entry["key"]])
    if not sections:
        raise TemplateError(f"{name}: a template needs at least one section")
    measurements = tuple(_measurement(m, f"{name} measurement") for m in data.get("measurements") or [])
    template = Template(template_id, data["version"], _text(data.get("title"), f"{name} title"), tuple(sections),
                        measurements, _text(data["description"], f"{name} description")
                        if data.get("description") else None)
    keys = [item.key for item in template.items()] + [m.key for m in measurements]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise TemplateError(f"{name}: keys used twice: {', '.join(duplicates)}")
    return template


def _read(path: Path) -> _Raw:
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError(f"{path.name}: cannot be read: {error}") from None
    if not isinstance(data, dict):
        raise TemplateError(f"{path.name}: a template is a JSON object")
    if data.get("format") != FORMAT:
        raise TemplateError(f"{path.name}: format must be {FORMAT}")
    _key(data.get("id"), f"{path.name} id")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TemplateError(f"{path.name}: version is a whole number from 1")
    for name in data.get("default_for", {}).get("regulatory_classes", []):
        RegulatoryClass(name)
    for name in data.get("default_for", {}).get("job_classes", []):
        JobClass(name)
    return _Raw(path, data)


# --- loading all -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateSet:
    """The usable templates by id, which classes each is the default for, and the files that were refused."""

    templates: Mapping[str, Template]
    defaults: Mapping[str, tuple[frozenset[str], frozenset[str]]]  # id → (regulatory classes, job classes)
    refused: tuple[str, ...] = ()

    def get(self, template_id: str) -> Template:
        template = self.templates.get(template_id.partition("@")[0])
        if template is None:
            raise DomainError(UNKNOWN_TEMPLATE, field="template", template=template_id)
        return template

    def choose(self, regulatory_class: RegulatoryClass, job_class: JobClass) -> Template:
        """The template for the regulatory class, else for the everyday job class, else the general one."""
        for position in (0, 1):
            wanted = (regulatory_class if position == 0 else job_class).value
            for template_id, classes in self.defaults.items():
                if wanted in classes[position]:
                    return self.templates[template_id]
        if FALLBACK_ID in self.templates:
            return self.templates[FALLBACK_ID]
        return next(iter(self.templates.values()))


def load(folders: Sequence[Path] | None = None, *, strict: bool = False) -> TemplateSet:
    """Read every ``*.json`` in ``folders`` (default: shipped, then the garage's own). Later folders replace a
    template of the same id when their version is not lower. A broken file is skipped and logged (raised with
    ``strict``, which the tests use on the shipped files)."""
    folders = list(folders) if folders is not None else [shipped_folder(), user_folder()]
    chosen: dict[str, _Raw] = {}
    refused: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                raw = _read(path)
            except (TemplateError, ValueError) as error:
                if strict:
                    raise TemplateError(str(error)) from None
                log.warning("QC template refused: %s", error)
                refused.append(str(error))
                continue
            current = chosen.get(raw.data["id"])
            if current is None or raw.data["version"] >= current.data["version"]:
                chosen[raw.data["id"]] = raw
    templates: dict[str, Template] = {}
    defaults: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    own: dict[str, dict[str, Section]] = {}
    for template_id, raw in chosen.items():
        try:
            own[template_id] = _own_sections(raw)
        except TemplateError as error:
            if strict:
                raise
            refused.append(str(error))
    for template_id, raw in chosen.items():
        if template_id not in own:
            continue
        try:
            templates[template_id] = _build(raw, own)
        except TemplateError as error:
            if strict:
                raise
            log.warning("QC template refused: %s", error)
            refused.append(str(error))
            continue
        wanted = raw.data.get("default_for", {})
        defaults[template_id] = (frozenset(wanted.get("regulatory_classes", [])),
                                 frozenset(wanted.get("job_classes", [])))
    if not templates:
        raise TemplateError("no usable QC template found in " + ", ".join(str(f) for f in folders))
    return TemplateSet(templates, defaults, tuple(refused))


_cache: TemplateSet | None = None


def current() -> TemplateSet:
    """The templates the program uses (read once; ``reload()`` after a file was edited)."""
    global _cache
    if _cache is None:
        _cache = load()
    return _cache


def reload() -> TemplateSet:
    global _cache
    _cache = None
    return current()
