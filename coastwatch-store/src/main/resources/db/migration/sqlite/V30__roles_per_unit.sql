-- Roles per unit (docs/access.md): an account holds roles in units, a liaison on behalf of an agency.
-- unit_id '*' is the root of the unit tree, the command, whatever its id; '' in unit_id or agency_id is none.
CREATE TABLE account_roles (
    username  TEXT NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    unit_id   TEXT NOT NULL DEFAULT '',
    agency_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (username, role, unit_id, agency_id)
);

-- The global roles of before become roles held in the command: ADMIN a system administrator, OPERATOR a
-- duty officer, VIEWER a viewer. On an install without units the command is the whole picture.
INSERT INTO account_roles (username, role, unit_id, agency_id)
SELECT username, CASE role WHEN 'ADMIN' THEN 'system-admin' WHEN 'OPERATOR' THEN 'duty-officer' ELSE 'viewer' END, '*', ''
FROM accounts;

ALTER TABLE accounts DROP COLUMN role;
