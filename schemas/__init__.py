"""Data shapes shared by every stage: documents, facts, error codes, name forms, the store's DDL.

Nothing here does I/O. Imports go one way: schemas <- extractors <- pipeline.
"""
