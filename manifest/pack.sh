#!/usr/bin/env bash
# Builds the Teams app package: manifest.json, en.json, color.png and outline.png at the root of one zip, with
# the bot's identity and host filled in. Upload the zip in the Teams admin center or with "Upload a custom app".
#
#   manifest/pack.sh <BOT_APP_ID> <BOT_DOMAIN>        (or BOT_APP_ID=… BOT_DOMAIN=… manifest/pack.sh)
#
# BOT_APP_ID   the Azure Bot's Microsoft App Id (a GUID); also the Teams app id.
# BOT_DOMAIN   the host name serving /api/messages, e.g. pbxbot.example.com (no scheme, no path).
# Optional:    APP_VERSION (default 1.0.0; raise it to update an app already uploaded),
#              WEBSITE_URL, PRIVACY_URL, TERMS_URL (default https://BOT_DOMAIN/, …/privacy, …/terms),
#              OUTPUT (default manifest/build/pbxbot-teams.zip).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BOT_APP_ID="${1:-${BOT_APP_ID:-}}"
BOT_DOMAIN="${2:-${BOT_DOMAIN:-}}"
APP_VERSION="${APP_VERSION:-1.0.0}"
WEBSITE_URL="${WEBSITE_URL:-https://${BOT_DOMAIN}/}"
PRIVACY_URL="${PRIVACY_URL:-https://${BOT_DOMAIN}/privacy}"
TERMS_URL="${TERMS_URL:-https://${BOT_DOMAIN}/terms}"
OUTPUT="${OUTPUT:-$here/build/pbxbot-teams.zip}"

fail() { echo "pack.sh: $*" >&2; exit 2; }
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$BOT_APP_ID" =~ $guid ]] || fail "BOT_APP_ID must be the bot's Microsoft App Id (a GUID), got '${BOT_APP_ID}'"
[[ "$BOT_DOMAIN" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]] \
  || fail "BOT_DOMAIN must be a host name such as pbxbot.example.com (no https://, no path), got '${BOT_DOMAIN}'"
[[ "$APP_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "APP_VERSION must look like 1.2.3, got '${APP_VERSION}'"
url_re='^https://[^[:space:]"\\]+$'
for url in "$WEBSITE_URL" "$PRIVACY_URL" "$TERMS_URL"; do
  [[ "$url" =~ $url_re ]] || fail "developer URLs must be https:// addresses, got '${url}'"
done

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# Placeholders are {{NAME}}. The checks above keep quotes and backslashes out of the values (they land inside JSON
# strings); '|' and '&' may appear in a URL and mean something to sed, so they are escaped.
escape() { printf '%s' "$1" | sed -e 's/[|&\\]/\\&/g'; }
fill() {
  sed -e "s|{{BOT_APP_ID}}|$(escape "$BOT_APP_ID")|g" \
      -e "s|{{BOT_DOMAIN}}|$(escape "$BOT_DOMAIN")|g" \
      -e "s|{{APP_VERSION}}|$(escape "$APP_VERSION")|g" \
      -e "s|{{WEBSITE_URL}}|$(escape "$WEBSITE_URL")|g" \
      -e "s|{{PRIVACY_URL}}|$(escape "$PRIVACY_URL")|g" \
      -e "s|{{TERMS_URL}}|$(escape "$TERMS_URL")|g" \
      "$1" > "$2"
  if grep -o '{{[A-Z_]*}}' "$2" >&2; then
    fail "$(basename "$1") still has a placeholder pack.sh does not know (listed above)"
  fi
}

files=(manifest.json en.json color.png outline.png)
fill "$here/manifest.json" "$staging/manifest.json"
fill "$here/en.json" "$staging/en.json"
cp "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$(dirname "$OUTPUT")"
OUTPUT="$(cd "$(dirname "$OUTPUT")" && pwd)/$(basename "$OUTPUT")"
rm -f "$OUTPUT"
if command -v zip >/dev/null 2>&1; then
  # -X: no extra file attributes (owner ids), so the zip holds just the four files.
  (cd "$staging" && zip -q -X "$OUTPUT" "${files[@]}")
elif command -v python3 >/dev/null 2>&1; then
  (cd "$staging" && python3 -m zipfile -c "$OUTPUT" "${files[@]}")
else
  fail "needs zip (apt-get install zip) or python3 to write the package"
fi
echo "$OUTPUT"
