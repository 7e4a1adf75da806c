/**
 * Accounts and who may do what: sign-up, sign-in and sign-out pages, the Jakarta Security identity store over the
 * accounts table, the three roles (clinician, instructor, admin), and the guard that checks every request's session
 * against its account's security version, so that no role outlives a change to it, and which notification emails
 * each person gets ({@link org.attune.account.NotificationPreferences}, chosen at {@code /account/notifications}). Two-step sign-in (TOTP codes
 * from an authenticator app, and recovery codes) comes after the password, required of staff before the staff areas. Passwords are kept only as
 * PBKDF2-HMAC-SHA256 hashes with a salt of their own; this package never logs, returns or stores a password, never
 * tells a failed sign-in whether the email exists, and writes what security needs to know to the security log, one
 * escaped line per event.
 */
package org.attune.account;
