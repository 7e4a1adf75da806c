/**
 * Email from Attune to one person at a time: a message is composed and stored in the transaction of the fact it
 * tells about (a reset asked for, a certificate issued), then delivered after commit through the outbox, retried
 * until the SMTP server takes it, with the same {@code Message-ID} each time. Stored messages are never changed
 * except to mark them sent. Knows nothing of accounts, courses or certificates: the features compose their letters.
 */
package org.attune.mail;
