"""The paperwork's and the workbook's content as plain data.

Services build these frozen dataclasses from the database; ``printing`` and ``export`` depend on them only,
never on the use cases that fill them."""
