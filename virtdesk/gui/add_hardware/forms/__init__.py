"""One form per device kind of the Add Hardware wizard (auto-discovered)."""
