"""The PySide6 window. Screens call services through ``AppContext``; they never touch a Session."""
