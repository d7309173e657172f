#!/usr/bin/env bash
# Install (first time only) and start the dashboard on the bundled data: http://localhost:8501
source "$(dirname "$0")/_env.sh"
ensure_venv requirements.txt
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" "$@"
