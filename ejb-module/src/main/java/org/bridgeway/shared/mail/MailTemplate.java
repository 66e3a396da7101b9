package org.bridgeway.shared.mail;

/** Every message the system sends; texts in mail/templates*.properties as NAME.subject and NAME.body. */
public enum MailTemplate {
    PASSWORD_RESET
}
