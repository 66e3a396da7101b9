package org.bridgeway.shared.mail;

/** Every message the system sends; texts in mail/templates*.properties as NAME.subject and NAME.body. */
public enum MailTemplate {
    PASSWORD_RESET,
    /** To a guardian 30 days before a consent they signed for a minor expires. */
    CONSENT_RENEWAL,
    /** 24 hours before a mentorship session, to the mentor, the youth and a minor's guardians. */
    SESSION_REMINDER,
    /** A session moved to another time. */
    SESSION_RESCHEDULED,
    /** A session was cancelled. */
    SESSION_CANCELLED
}
