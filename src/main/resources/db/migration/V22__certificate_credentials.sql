-- The Open Badges 3.0 verifiable credential of each certificate, made once from its frozen snapshot and signed with
-- the issuer key, never changed after. Each holds one entry of a Bitstring Status List: list number and index. The
-- bits are not stored: a credential's bit is set when its certificate is revoked or superseded, so the list served
-- is always the certificates' status, and nothing can disagree with it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE certificate_credential (
    certificate_id  BIGINT PRIMARY KEY REFERENCES certificate (id),
    status_list     INTEGER NOT NULL,
    status_index    INTEGER NOT NULL,
    credential      VARCHAR(100000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_certificate_credential_status UNIQUE (status_list, status_index)
);

-- Serialises the choice of status-list entries across every server.
INSERT INTO app_lock (name) VALUES ('status-list');
