#!/usr/bin/env bash
# Set up .venv, then run the benchmark (benchmarks/README.md): both corpora, every measure side
# by side; the report goes to bench-data/report.json and .txt. Arguments go to benchmarks.run,
# e.g. `bash scripts/bench.sh --limit 1000`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m benchmarks.run "$@"
