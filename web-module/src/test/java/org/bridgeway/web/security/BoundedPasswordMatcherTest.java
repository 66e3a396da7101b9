package org.bridgeway.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordService;
import org.junit.jupiter.api.Test;

class BoundedPasswordMatcherTest {

    /** A password check that holds its permit until released, standing in for a slow Argon2 computation. */
    private static final class SlowPasswords implements PasswordService {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(2);

        @Override
        public String encryptPassword(Object plaintextPassword) {
            return "hash";
        }

        @Override
        public boolean passwordsMatch(Object submittedPlaintext, String encrypted) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    @Test
    void aCheckBeyondTheCapIsRefusedInsteadOfQueuedForever() throws Exception {
        var passwords = new SlowPasswords();
        var matcher = new BoundedPasswordMatcher(2, 100);
        matcher.setPasswordService(passwords);
        AuthenticationToken token = new UsernamePasswordToken("someone", "secret");
        AuthenticationInfo info = new SimpleAuthenticationInfo("someone", "hash", "test");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> matcher.doCredentialsMatch(token, info));
            Future<Boolean> second = pool.submit(() -> matcher.doCredentialsMatch(token, info));
            passwords.started.await();

            assertThatThrownBy(() -> matcher.doCredentialsMatch(token, info))
                    .isInstanceOf(ExcessiveAttemptsException.class);

            passwords.release.countDown();
            assertThat(first.get()).isTrue();
            assertThat(second.get()).isTrue();
            assertThat(matcher.doCredentialsMatch(token, info)).as("permits come back").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
