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
        return subject.execute(work);
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
        return subject.execute(work);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
