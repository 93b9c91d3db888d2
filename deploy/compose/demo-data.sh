#!/bin/sh
# Once per volume: a key pair for the services to verify tokens with, an operator token signed with it, and the
# demo tickets of seeds/demo-tickets.json posted through intake's API, as deploy/hotline up does.
set -eu
apk add --no-cache openssl curl jq >/dev/null

keys=/keys
if [ ! -f "$keys/public.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem"
  openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
  chmod 644 "$keys/public.pem"
fi
[ "${1:-}" = "keys-only" ] && exit 0

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() {  # token ROLE: an RS256 JWT for the compose stack's issuer and audience, valid for a day
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  claims=$(printf '{"iss":"hotline2110-compose","aud":"hotline2110","sub":"%s","upn":"%s",%s}' "$1" "$1" \
    "$(printf '"groups":["%s"],"iat":%s,"exp":%s' "$1" "$now" $((now + 86400)))" | b64url)
  signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$keys/private.pem" | b64url)
  printf '%s.%s.%s' "$header" "$claims" "$signature"
}

if [ -f "$keys/demo-loaded" ]; then
  echo "Demo tickets were loaded before."
  exit 0
fi
until curl -fs http://intake-service:8091/q/health/ready >/dev/null; do sleep 2; done
operator=$(token operator)
jq -c '.[]' /seeds/demo-tickets.json | while read -r ticket; do
  curl -fsS -o /dev/null -X POST http://intake-service:8091/api/v1/tickets \
    -H "Authorization: Bearer $operator" -H 'Content-Type: application/json' -d "$ticket"
done
date > "$keys/demo-loaded"
echo "Demo tickets loaded. A supervisor's token for your own calls:"
token supervisor
echo
