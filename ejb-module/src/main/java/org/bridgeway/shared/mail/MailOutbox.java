package org.bridgeway.shared.mail;

import jakarta.ejb.Local;

/**
 * Messages to send. Enqueued in the caller's transaction, so a message exists exactly when the change that
 * caused it commits; a timer on every cluster member sends what is due, each row claimed by one sender only.
 */
@Local
public interface MailOutbox {

    /** Renders the template in the language (English where a text is missing) and queues it. */
    void enqueue(String recipient, String language, MailTemplate template, Object... arguments);

    /**
     * The same, tagged with a reference (e.g. "session-reminder:42") so that a message which became wrong before
     * it went out can be withdrawn.
     */
    void enqueueReferenced(String reference, String recipient, String language, MailTemplate template,
            Object... arguments);

    /**
     * Queues a message whose text the caller already rendered (templates an installation edits, e.g. recruitment
     * messages); the reference works as above.
     */
    void enqueueRendered(String reference, String recipient, String subject, String body);

    /** Deletes the not-yet-sent messages with this reference (a stale reminder); returns how many. */
    int withdraw(String reference);

    /** Removes every message to this address, sent or not (erasure); returns how many. */
    int forget(String recipient);

    /** Sends up to max due messages; returns how many went out. Called by the timer (and tests). */
    int sendDue(int max);
}
