"""Python compiled from forms/*.ui by ``python -m garage_desktop.ui.compile_forms``: never edit by hand."""
