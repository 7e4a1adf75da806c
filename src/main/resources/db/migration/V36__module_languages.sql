-- The language a module is written in (module.yaml's language, en unless it says otherwise), and a draft's
-- translations: its translation files (lessons/es/NN-slug.md, quiz.es.yaml) as one YAML map of path to text, so
-- that publishing a draft keeps them. A published module's translations are files of its revision
-- (module_revision_file), like the rest of its text.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE course_module ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE module_draft ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE module_draft ADD COLUMN translation_files VARCHAR(1000000) DEFAULT '{}' NOT NULL;
