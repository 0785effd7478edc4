"""Workbooks written from the services' plain data (openpyxl is imported only when one is written)."""
