package org.bridgeway.web.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationListener;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.PrincipalCollection;
import org.bridgeway.identity.api.AccountAuthentication;

/**
 * Sees every authentication attempt, from the login form and from the API alike: failures count towards the
 * throttle and are audited; a success clears the account's count; a sign-out is audited.
 */
public class SignInAuditor implements AuthenticationListener {

    @Override
    public void onSuccess(AuthenticationToken token, AuthenticationInfo info) {
        accounts().authenticationSucceeded(String.valueOf(info.getPrincipals().getPrimaryPrincipal()));
    }

    @Override
    public void onFailure(AuthenticationToken token, AuthenticationException failure) {
        if (failure instanceof ExcessiveAttemptsException || !(token instanceof UsernamePasswordToken attempt)) {
            return; // refused before any password check: already audited, not counted again
        }
        accounts().authenticationFailed(attempt.getUsername(), attempt.getHost());
    }

    @Override
    public void onLogout(PrincipalCollection principals) {
        accounts().signedOut(String.valueOf(principals.getPrimaryPrincipal()));
    }

    private static AccountAuthentication accounts() {
        return CDI.current().select(AccountAuthentication.class).get();
    }
}
