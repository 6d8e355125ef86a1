"""Throughput, memory and false-positive benchmark of ``thidua ingest`` (see README.md).

The modules: ``materialize`` and ``domain`` write the two corpora as ``.txt`` files under
``bench-data/``; ``single`` times one-process work in-process (the floor, the naive
baseline, the stages); ``cli`` times the ``thidua`` command line as subprocesses with their
peak memory (``memory``); ``quality`` counts what the bench store should not hold;
``report`` turns the figures into ratios, target checks and a table; ``run`` is the entry
point; ``hotspots`` profiles ``process_file`` over a sample.
"""
