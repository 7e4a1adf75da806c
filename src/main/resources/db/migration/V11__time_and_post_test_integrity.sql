-- Time on task that no learner can inflate, and post-tests whose answer key cannot be harvested.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- Room for the feedback setting WRONG_THEN_FULL.
ALTER TABLE quiz ALTER COLUMN feedback SET DATA TYPE VARCHAR(20);
