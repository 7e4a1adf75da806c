-- The language an account reads Attune in: a BCP 47 tag ('en', 'es-US'), or none for "as my browser says"
-- (the lang cookie, then Accept-Language). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE account ADD COLUMN language VARCHAR(20);
