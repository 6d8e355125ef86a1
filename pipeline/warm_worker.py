"""Imported once by the server process that ingest workers are forked from (see
``pipeline.engines.worker_context``): it loads the rules and the models a worker needs by
processing a short document, so every worker starts warm and shares those pages."""

from pipeline.ingest_work import warm_up

warm_up()
