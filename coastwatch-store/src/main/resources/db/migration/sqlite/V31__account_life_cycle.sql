-- The life cycle of accounts and tokens (docs/access.md): the person an account belongs to, when its
-- password last changed, its TOTP second factor, the OpenID Connect identity of a single sign-on account;
-- tokens get an id to be listed and revoked by, and when they were last used.
ALTER TABLE accounts ADD COLUMN person_id TEXT;
ALTER TABLE accounts ADD COLUMN password_changed_ms INTEGER NOT NULL DEFAULT 0;
UPDATE accounts SET password_changed_ms = created_ms;
-- Base32 secret of RFC 6238 codes, set once the holder has confirmed a code from it.
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN oidc_issuer TEXT;
ALTER TABLE accounts ADD COLUMN oidc_subject TEXT;
CREATE UNIQUE INDEX accounts_oidc ON accounts (oidc_issuer, oidc_subject);

ALTER TABLE api_tokens ADD COLUMN id TEXT;
UPDATE api_tokens SET id = substr(token_hash, 1, 16);
CREATE UNIQUE INDEX api_tokens_id ON api_tokens (id);
ALTER TABLE api_tokens ADD COLUMN last_used_ms INTEGER NOT NULL DEFAULT 0;
-- Tokens no longer live for ever: those issued without an end expire 90 days after this upgrade.
UPDATE api_tokens SET expires_ms = CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 7776000000 WHERE expires_ms = 9223372036854775807;
