/**
 * Accounts and who may do what: sign-up, sign-in and sign-out pages, the Jakarta Security identity store over the
 * accounts table, and the three roles (clinician, instructor, admin). Passwords are kept only as PBKDF2-HMAC-SHA256
 * hashes with a salt of their own; this package never logs, returns or stores a password, and never tells a
 * failed sign-in whether the email exists.
 */
package org.attune.account;
