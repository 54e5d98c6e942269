#!/usr/bin/env bash
# Fetches the official Web Chat browser bundle for the playground into bot/PbxBot.Host/wwwroot/lib/webchat.js
# (git-ignored): npm pack of the pinned botframework-webchat, then only dist/webchat.js is kept. About a second.
# Without it the playground page loads Web Chat from the official CDN instead.
set -euo pipefail
version="${WEBCHAT_VERSION:-4.18.1}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../wwwroot/lib"
if [ -s "$target/webchat.js" ] && [ -f "$target/webchat.version" ] && [ "$(cat "$target/webchat.version")" = "$version" ]; then
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "botframework-webchat@$version" --silent --no-audit --no-fund >/dev/null)
tar -xzf "$work"/botframework-webchat-*.tgz -C "$work" package/dist/webchat.js
mkdir -p "$target"
mv "$work/package/dist/webchat.js" "$target/webchat.js"
echo "$version" >"$target/webchat.version"
echo "fetch-webchat: botframework-webchat $version -> $target/webchat.js" >&2
