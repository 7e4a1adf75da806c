-- The language a certificate prints its fixed text in (a BCP 47 tag, en or es-US), frozen with the rest of what it
-- prints. Every certificate made before this printed in English.
ALTER TABLE certificate ADD COLUMN language VARCHAR(20) DEFAULT 'en' NOT NULL;
