package org.bridgeway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.shared.AccessDeniedException;

/**
 * The caller as Shiro sees it on this thread. A thread without a Shiro subject (an EJB timer, a start-up
 * bean) is anonymous unless it runs inside {@link #runAsSystem}.
 */
@ApplicationScoped
public class ShiroCurrentUser implements CurrentUser {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @jakarta.inject.Inject
    private AccountRepository accounts;

    @Override
    public Optional<String> username() {
        if (SYSTEM.get()) {
            return Optional.of("system");
        }
        return subject().filter(Subject::isAuthenticated).map(s -> String.valueOf(s.getPrincipal()));
    }

    @Override
    public Optional<Long> accountId() {
        if (SYSTEM.get()) {
            return Optional.empty();
        }
        return username().flatMap(accounts::findByUsername).map(Account::getId);
    }

    @Override
    public String auditActor() {
        if (SYSTEM.get()) {
            return "system";
        }
        return username().flatMap(accounts::findByUsername).map(a -> Account.AUDIT_TYPE + ":" + a.getId())
                .orElse("anonymous");
    }

    @Override
    public boolean isPermitted(String permission) {
        if (SYSTEM.get()) {
            return true;
        }
        return subject().filter(Subject::isAuthenticated).map(s -> s.isPermitted(permission)).orElse(false);
    }

    @Override
    public void checkPermission(String permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public <T> T runAsSystem(Supplier<T> work) {
        boolean outer = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (!outer) {
                SYSTEM.remove();
            }
        }
    }

    private static Optional<Subject> subject() {
        // ThreadContext, not SecurityUtils: the latter throws when no SecurityManager is bound (timers).
        return Optional.ofNullable(ThreadContext.getSubject());
    }
}
