"""The main window's tabs, one module per form."""
