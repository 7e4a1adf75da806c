-- Which instructors teach (and will author) which courses.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

CREATE TABLE course_instructor (
    course_id   BIGINT NOT NULL REFERENCES course (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (course_id, account_id)
);
