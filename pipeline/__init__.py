"""I/O, orchestration, the store and the command line: read -> normalize -> segment ->
extract -> resolve -> load."""
