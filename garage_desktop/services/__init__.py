"""Use cases, one module per stage. Each takes a session and plain values, enforces the rules, records who
did it, and returns plain data (dataclasses), never live ORM objects to the window."""
