"""The compiled forms in garage_desktop/ui/forms are what forms/*.ui say: nobody edited one by hand and nobody
forgot to recompile after changing a form."""

from __future__ import annotations

from garage_desktop.ui import compile_forms


def test_every_form_is_compiled_and_up_to_date() -> None:
    stale = compile_forms.stale_forms()
    assert stale == [], (
        "out of date: " + ", ".join(p.name for p in stale)
        + " — run: python -m garage_desktop.ui.compile_forms")


def test_every_compiled_form_has_its_source() -> None:
    """A compiled form whose .ui was deleted or renamed is dead code the window may still import."""
    sources = {compile_forms.target(ui).name for ui in compile_forms.FORMS.glob("*.ui")}
    compiled = {p.name for p in compile_forms.OUT.glob("ui_*.py")}
    assert compiled <= sources, compiled - sources


def test_there_are_forms_to_check() -> None:
    assert any(compile_forms.FORMS.glob("*.ui"))
