package org.bridgeway.it;

import java.util.concurrent.Callable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

/** Runs service calls inside the server as a given signed-in user, the way a web request would. */
final class RunAs {

    private RunAs() {
    }

    static <T> T user(String username, Callable<T> work) throws Exception {
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(username, "it"))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        return unwrapped(subject, work);
    }

    /**
     * The same, prepared now and run later on another thread (one without Shiro's SecurityManager bound, such
     * as a managed executor's): for tests that need two transactions at once.
     */
    static <T> Callable<T> later(String username, Callable<T> work) {
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(username, "it"))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        return () -> unwrapped(subject, work);
    }

    static void user(String username, ThrowingRunnable work) throws Exception {
        user(username, () -> {
            work.run();
            return null;
        });
    }

    static <T> T anonymous(Callable<T> work) throws Exception {
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .sessionCreationEnabled(false).buildSubject();
        return unwrapped(subject, work);
    }

    /** Shiro wraps what the work throws; tests assert on the service's own exception. */
    private static <T> T unwrapped(Subject subject, Callable<T> work) throws Exception {
        try {
            return subject.execute(work);
        } catch (org.apache.shiro.subject.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
