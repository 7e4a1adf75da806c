package org.attune.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Deletes failed sign-ins older than a day every ten minutes, so that the table stays small however many emails are
 * guessed at, and mail requests ({@link MailThrottle}) older than an hour. (Attempts never delete old rows themselves:
 * two attempts deleting the same rows could deadlock.)
 */
@Singleton
public class SignInFailurePurge {

    @Inject
    SignInThrottle throttle;

    @Inject
    MailThrottle mailThrottle;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void purge() {
        throttle.purge();
        mailThrottle.purge();
    }
}
