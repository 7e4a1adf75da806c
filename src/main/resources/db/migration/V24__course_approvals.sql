-- What a course holds for continuing-education bodies (issue 18): its approvals (body, number, valid from and to,
-- format) as JSON, the CE categories it counts toward (comma-separated ids) and its disclosures (authors and their
-- credentials, conflicts of interest, commercial support) as JSON. Approvals follow course.yaml until an admin
-- edits them (approvals_by_admin), as auto_issue does.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE course ADD COLUMN approvals VARCHAR(20000) DEFAULT '[]' NOT NULL;
ALTER TABLE course ADD COLUMN approvals_by_admin BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE course ADD COLUMN ce_categories VARCHAR(1000) DEFAULT 'general' NOT NULL;
ALTER TABLE course ADD COLUMN disclosures VARCHAR(20000) DEFAULT '{"authors":[]}' NOT NULL;
