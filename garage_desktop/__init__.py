"""garage_desktop: the reception-PC program of a small independent car-repair garage."""

__version__ = "0.1.0"
APP_NAME = "garage_desktop"
APP_AUTHOR = "garage_desktop"
