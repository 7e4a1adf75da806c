-- What a certificate froze about continuing-education approvals (issue 18): each approval it was issued under, with
-- that body's statement filled in and its credits, the CE categories the course counted toward, and the course's
-- instructional minutes the credits come from. Written with the certificate, never changed after. Certificates
-- issued before hold no approval, no category and 0 minutes.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE certificate_approval (
    certificate_id  BIGINT NOT NULL REFERENCES certificate (id),
    position        INTEGER NOT NULL,
    body            VARCHAR(40) NOT NULL,
    body_name       VARCHAR(200) NOT NULL,
    number          VARCHAR(100) NOT NULL,
    valid_from      DATE,
    valid_to        DATE,
    format          VARCHAR(100),
    credits         DECIMAL(6, 2) NOT NULL,
    statement       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

ALTER TABLE certificate ADD COLUMN ce_categories VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE certificate ADD COLUMN instructional_minutes INTEGER DEFAULT 0 NOT NULL;
