package org.bridgeway.identity.api;

import jakarta.ejb.Local;

/**
 * "Forgot your password?": a single-use link, valid 30 minutes, sent to the account's e-mail address.
 * Neither call reveals whether an account exists.
 */
@Local
public interface PasswordReset {

    /** Sends a link when an enabled account with an e-mail address matches the user name or e-mail. */
    void requestLink(String usernameOrEmail);

    /** Sets the new password when the token is known, unused and unexpired; otherwise password.reset.invalid. */
    void reset(String token, String newPassword);
}
