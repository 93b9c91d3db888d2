-- Who owns a subscription is the token's subject (stable, unlike a display name); the subscriptions made so far were
-- made with tokens whose name was their subject.
ALTER TABLE subscription ADD COLUMN owner_subject TEXT;
UPDATE subscription SET owner_subject = owner;
ALTER TABLE subscription ALTER COLUMN owner_subject SET NOT NULL;

-- Webhook secrets are now stored encrypted ('v1:' and AES-256-GCM): the service encrypts the plaintext ones at start,
-- since the key is its configuration, which never enters the database (subscription/PlaintextSecrets).
COMMENT ON COLUMN subscription.secret IS 'v1:<base64 nonce and AES-256-GCM ciphertext>; plaintext only before V3';

-- A claimed delivery is leased, not locked: no transaction stays open while its HTTP call is in flight, and the
-- claims of a worker that died come back when their lease ends.
ALTER TABLE delivery ADD COLUMN lease_until TIMESTAMPTZ;
