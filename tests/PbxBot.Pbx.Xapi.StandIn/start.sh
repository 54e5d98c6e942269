#!/usr/bin/env bash
# Builds the XAPI stand-in (Release, apart from the solution's Debug build) and starts it in the background on a
# free loopback port. Prints `export XAPI_STANDIN_URL=http://127.0.0.1:<port>` on stdout
# (use: eval "$(tests/PbxBot.Pbx.Xapi.StandIn/start.sh)"); progress goes to stderr. Stop it with stop.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project="$here/PbxBot.Pbx.Xapi.StandIn.csproj"
work=${TEST_SERVERS_DIR:-${TMPDIR:-/tmp}/pbx-test-servers}
mkdir -p "$work"

echo "xapi-standin: dotnet build -c Release" >&2
dotnet build "$project" -c Release -nologo -v quiet >&2
dll=$(dotnet msbuild "$project" -nologo -p:Configuration=Release -getProperty:TargetPath)
swagger="$here/../../../shared/3cx/xapi-swagger.yaml"
args=(--urls http://127.0.0.1:0)
[ -f "$swagger" ] && args+=(--swagger "$swagger")

log="$work/xapi-standin.log"
dotnet "$dll" "${args[@]}" > "$log" 2>&1 &
pid=$!
echo "$pid" > "$work/xapi-standin.pid"
url=
for _ in $(seq 1 300); do
  url=$(sed -n 's/^XAPI stand-in listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "xapi-standin: not ready" >&2; cat "$log" >&2; exit 1; }
curl -sf "$url/_standin/pbxes" >/dev/null || { echo "xapi-standin: $url does not answer" >&2; exit 1; }
echo "xapi-standin: $url (pid $pid, log $log)" >&2
echo "export XAPI_STANDIN_URL=$url"
