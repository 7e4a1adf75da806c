-- Access that never outlives a change, sign-in throttling per client address, and an admin's say over auto-issue.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- Each account's security version: a role change, deactivation or activation, a new password and "sign out
-- everywhere" add one, and a session signed in under an older version is signed out at its next request.
ALTER TABLE account ADD COLUMN security_version INTEGER DEFAULT 1 NOT NULL;

-- Failed sign-ins count per client address as well as per email.
ALTER TABLE sign_in_failure ADD COLUMN client_address VARCHAR(64);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (client_address, failed_at);

-- Checking the count and recording a sign-in attempt is one step: it runs holding the row lock of one of these
-- (chosen by the email, and one by the address), so concurrent guesses are counted one after the other.
INSERT INTO app_lock (name) VALUES
    ('sign-in-0'), ('sign-in-1'), ('sign-in-2'), ('sign-in-3'), ('sign-in-4'), ('sign-in-5'), ('sign-in-6'),
    ('sign-in-7'), ('sign-in-8'), ('sign-in-9'), ('sign-in-10'), ('sign-in-11'), ('sign-in-12'), ('sign-in-13'),
    ('sign-in-14'), ('sign-in-15');

-- True once an admin has chosen whether the course's certificates are issued at once: from then on that choice
-- stands, whatever a changed course.yaml says.
ALTER TABLE course ADD COLUMN auto_issue_by_admin BOOLEAN DEFAULT FALSE NOT NULL;
