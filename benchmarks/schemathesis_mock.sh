#!/usr/bin/env bash
# Run schemathesis against the mock server of a document, on 127.0.0.1.
#
# Usage: benchmarks/schemathesis_mock.sh [SPEC] [MAX_EXAMPLES]
# SPEC defaults to the Hanko admin document beside the repository. The script generates
# the package into a temporary folder, starts `python -m <package>.server --mock` on a free
# port, and checks every response for server errors and for bodies that violate the schema.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
spec="${1:-$root/../shared/specs/hanko/openapi-admin.yaml}"
examples="${2:-50}"
python="$root/.venv/bin/python"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$python" -m generator generate --spec "$spec" --package mock_target --output "$work" --lenient -q
port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(cd "$work" && exec "$python" -m mock_target.server --mock --host 127.0.0.1 --port "$port") >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do
    if "$python" -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
        break
    fi
    sleep 0.1
done

"$root/.venv/bin/schemathesis" run "$spec" \
    --url "http://127.0.0.1:$port" \
    --checks not_a_server_error,response_schema_conformance \
    --header "Authorization: Bearer mock-token" \
    --max-examples "$examples" \
    --workers 1 \
    --no-color
