"""The browsable report command (``thidua report``)."""
