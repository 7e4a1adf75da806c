-- xAPI statements queued for the organisation's learning record store, one per reported fact, each made once with
-- the UUID it keeps (a resend is the same statement, which the LRS recognises by its id) and never changed after;
-- sent_at is set once the LRS accepted it. And the opaque name each account has in statements instead of its email.
-- No foreign key to account: erasing a closed account must not be held up by what was reported about it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE xapi_statement (
    id          VARCHAR(36) PRIMARY KEY,
    fact        VARCHAR(200) NOT NULL,
    account_id  BIGINT NOT NULL,
    body        VARCHAR(8000) NOT NULL,
    queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_xapi_statement_fact UNIQUE (fact)
);

CREATE INDEX ix_xapi_statement_unsent ON xapi_statement (sent_at, queued_at);

CREATE TABLE xapi_actor (
    account_id  BIGINT PRIMARY KEY,
    name        VARCHAR(36) NOT NULL,
    CONSTRAINT uq_xapi_actor_name UNIQUE (name)
);
