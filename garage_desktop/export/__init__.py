"""Workbooks written from plain data (``garage_desktop.documents``; openpyxl is imported only when one is written)."""
