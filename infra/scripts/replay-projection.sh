#!/usr/bin/env bash
# Replays one projection into a fresh target through the admin API and follows it to the end.
#   CATALOG_URL=http://localhost:8080 CATALOG_ADMIN_TOKEN=... infra/scripts/replay-projection.sh product-search
#   ... infra/scripts/replay-projection.sh --cancel product-search   (asks the running replay to stop)
# Exit status: 0 when the replay COMPLETED (or the cancel was accepted), 1 when it FAILED or was CANCELLED (the old
# target keeps serving), 2 when it was refused.
# Needs curl only. Details: docs/operations.md#replaying-a-projection
set -euo pipefail

method=POST
if [ "${1:-}" = "--cancel" ]; then
  method=DELETE
  shift
fi
name="${1:?usage: $0 [--cancel] <projection> (e.g. product-search, product-details, audit)}"
url="${CATALOG_URL:-http://localhost:8080}"
token="${CATALOG_ADMIN_TOKEN:?set CATALOG_ADMIN_TOKEN to an ADMIN bearer token}"
interval="${CATALOG_REPLAY_POLL:-5}"

field() { sed -n "s/.*\"replay\":{[^}]*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; }

started=$(curl -sS -w '\n%{http_code}' -X "$method" "$url/api/v1/admin/projections/$name/replay" \
  -H "Authorization: Bearer $token" -H 'Accept: application/json')
status="${started##*$'\n'}"
if [ "$status" != 202 ]; then
  echo "replay of $name refused ($status): ${started%$'\n'*}" >&2
  exit 2
fi
if [ "$method" = DELETE ]; then
  echo "cancel of the replay of $name requested"
  exit 0
fi
echo "replay of $name started"

while true; do
  sleep "$interval"
  body=$(curl -sS "$url/api/v1/admin/projections/$name" -H "Authorization: Bearer $token")
  phase=$(field phase <<<"$body")
  echo "$(date -u +%H:%M:%S) $phase: $(field eventsDone <<<"$body") of $(field eventsTotal <<<"$body") events," \
       "$(field eventsPerSecond <<<"$body")/s, ETA $(field etaSeconds <<<"$body") s"
  case "$phase" in
    COMPLETED) echo "replay of $name completed: $(field target <<<"$body") serves reads"; exit 0 ;;
    FAILED|CANCELLED) echo "replay of $name ${phase,,}: $(field reason <<<"$body")" >&2; exit 1 ;;
  esac
done
