package org.bridgeway.web.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.bridgeway.identity.api.AccountAuthentication;

/**
 * Shiro's view of the account table, through the identity context's API. The principal is the user name
 * only (a String: small and serialisable, so sessions replicate cheaply).
 */
public class AccountRealm extends AuthorizingRealm {

    public AccountRealm() {
        setAuthenticationCachingEnabled(false);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        var attempt = (UsernamePasswordToken) token;
        String username = attempt.getUsername();
        if (accounts().isThrottled(username, attempt.getHost())) {
            accounts().authenticationThrottled(username);
            throw new ExcessiveAttemptsException();
        }
        var credentials = accounts().findCredentials(username).orElseThrow(UnknownAccountException::new);
        if (!credentials.enabled()) {
            throw new DisabledAccountException();
        }
        return new SimpleAuthenticationInfo(credentials.username(), credentials.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        var info = new SimpleAuthorizationInfo();
        info.setStringPermissions(accounts().permissionsOf(String.valueOf(getAvailablePrincipal(principals))));
        return info;
    }

    private static AccountAuthentication accounts() {
        return CDI.current().select(AccountAuthentication.class).get();
    }
}
