"""The Add Hardware wizard (a list of device kinds, each with its form) and the details window's Add/Remove
hardware buttons. Each device kind's form is its own module here, registered with `form.register`."""
