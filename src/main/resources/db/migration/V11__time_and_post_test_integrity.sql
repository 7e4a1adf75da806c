-- Time on task that no learner can inflate, and post-tests whose answer key cannot be harvested.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- Up to when each learner's active time has been credited, across all lessons: a learner earns at most the time
-- that passes, however many lesson pages report at once.
CREATE TABLE reading_clock (
    account_id      BIGINT PRIMARY KEY REFERENCES account (id),
    credited_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Keys every server on the database signs with (generated at the first start, under the start-up lock), by name.
CREATE TABLE signing_key (
    name    VARCHAR(40) PRIMARY KEY,
    secret  VARCHAR(100) NOT NULL
);

-- Room for the feedback setting WRONG_THEN_FULL.
ALTER TABLE quiz ALTER COLUMN feedback SET DATA TYPE VARCHAR(20);
