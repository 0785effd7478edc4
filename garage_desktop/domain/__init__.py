"""Pure rules of the garage: no Qt, no database."""
