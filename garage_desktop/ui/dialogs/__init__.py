"""Small dialogs the tabs open (each with its form in forms/*_dialog.ui)."""
