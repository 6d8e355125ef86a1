#!/usr/bin/env bash
# Set up, ingest the shipped corpus into outputs/thidua.duckdb, and ask who chaired the
# Nội chính bloc by year.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/thidua ingest corpus/
echo
echo '$ thidua chairs --body "noi chinh"'
.venv/bin/thidua chairs --body "noi chinh"
