package org.bridgeway.shared.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Sends due messages every 15 seconds on every server. Non-persistent on purpose: the outbox rows, not the
 * timer, are the state, and row claiming keeps two servers from sending the same message.
 */
@Singleton
public class OutboxTimer {

    @Inject
    private MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sendDue() {
        outbox.sendDue(50);
    }
}
