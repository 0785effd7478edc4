"""Custom-painted and reusable widgets shared by the screens."""
