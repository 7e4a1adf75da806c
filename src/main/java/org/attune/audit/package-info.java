/**
 * Audit packs: for one course and a date range, one zip with everything a board's auditor asks for (the roster,
 * certificates with their audit trails, attempts, evaluations, time on task, the content that was live) and a
 * manifest of every file's SHA-256 signed with the issuer key, so that anyone can check with a tool of their own that
 * nothing was changed. A pack is a job in the database, built in the background by whichever server claims it, each
 * source read a page at a time through its feature's service in short transactions; the zip is stored in the database
 * so that every server serves the download. This package reads other features only through their services and
 * never changes a record it packs.
 */
package org.attune.audit;
