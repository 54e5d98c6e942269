#!/usr/bin/env bash
# Stops what start.sh started (by the pid it wrote).
work=${TEST_SERVERS_DIR:-${TMPDIR:-/tmp}/pbx-test-servers}
f="$work/xapi-standin.pid"
[ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null
rm -f "$f"
exit 0
