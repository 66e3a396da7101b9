package org.bridgeway.web.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Shiro's password matcher (Argon2id, 64 MiB per check) with a cap on concurrent checks, so a flood of sign-in
 * attempts queues briefly and is then refused instead of exhausting the server's memory. The cap is a local
 * resource limit of this server process, not shared state.
 */
public class BoundedPasswordMatcher extends PasswordMatcher {

    private final Semaphore checks;
    private final long waitMillis;

    public BoundedPasswordMatcher() {
        this(configuredPermits(), 5_000);
    }

    BoundedPasswordMatcher(int permits, long waitMillis) {
        this.checks = new Semaphore(permits, true);
        this.waitMillis = waitMillis;
    }

    private static int configuredPermits() {
        return ConfigProvider.getConfig()
                .getOptionalValue("bridgeway.login.concurrent-password-checks", Integer.class).orElse(4);
    }

    @Override
    public boolean doCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        boolean acquired;
        try {
            acquired = checks.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ExcessiveAttemptsException("too many concurrent password checks");
        }
        try {
            return super.doCredentialsMatch(token, info);
        } finally {
            checks.release();
        }
    }
}
