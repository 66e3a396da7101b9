package org.bridgeway.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bridgeway.identity.api.AccountFilter;
import org.bridgeway.identity.api.AccountRules;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.AccountSummary;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;

@Stateless
public class AccountServiceBean implements AccountService {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "createdAt", "enabled");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private AccountRepository repository;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Page<AccountSummary> findAccounts(AccountFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        return new Page<>(rows(filter, page), count(filter));
    }

    @Override
    public long countAccounts(AccountFilter filter) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        return count(filter);
    }

    @Override
    public List<AccountSummary> listAccounts(AccountFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        return rows(filter, page);
    }

    private long count(AccountFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var countQuery = cb.createQuery(Long.class);
        Root<Account> countRoot = countQuery.from(Account.class);
        countQuery.select(cb.countDistinct(countRoot)).where(predicates(cb, countRoot, filter));
        return em.createQuery(countQuery).getSingleResult();
    }

    private List<AccountSummary> rows(AccountFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var rowQuery = cb.createQuery(Account.class);
        Root<Account> root = rowQuery.from(Account.class);
        rowQuery.select(root).distinct(true).where(predicates(cb, root, filter));
        String sortField = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "username";
        rowQuery.orderBy(page.ascending() ? cb.asc(root.get(sortField)) : cb.desc(root.get(sortField)),
                cb.asc(root.get("id")));
        TypedQuery<Account> query = em.createQuery(rowQuery)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        return query.getResultList().stream().map(Account::toSummary).toList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Account> root, AccountFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
            where.add(cb.or(cb.like(root.get("username"), like), cb.like(cb.lower(root.get("displayName")), like)));
        }
        if (filter.role() != null) {
            where.add(cb.isMember(filter.role(), root.get("roles")));
        }
        if (filter.enabled() != null) {
            where.add(cb.equal(root.get("enabled"), filter.enabled()));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public AccountSummary getAccount(long id) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        return load(id).toSummary();
    }

    @Override
    public long createAccount(NewAccount input) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        checkPasswordRules(input.temporaryPassword());
        String username = input.username().strip().toLowerCase(Locale.ROOT);
        if (repository.findByUsername(username).isPresent()) {
            throw new BusinessException("accounts.error.usernameTaken", username);
        }
        var account = new Account(username, input.displayName().strip(), input.email(), input.language(),
                input.roles(), passwordHasher.hash(input.temporaryPassword()), true, clock.instant());
        repository.add(account);
        audit.record(AuditKind.ACCOUNT_CREATED, Account.AUDIT_TYPE, account.getId());
        return account.getId();
    }

    @Override
    public void setEnabled(long id, long version, boolean enabled) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        Account account = loadForChange(id, version);
        if (enabled) {
            account.enable();
        } else {
            refuseIfLastAdministrator(account);
            account.disable(clock.instant());
        }
        audit.record(enabled ? AuditKind.ACCOUNT_ENABLED : AuditKind.ACCOUNT_DISABLED, Account.AUDIT_TYPE, id);
    }

    @Override
    public void setRoles(long id, long version, Set<Role> roles) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("accounts.error.noRoles");
        }
        Account account = loadForChange(id, version);
        if (!roles.contains(Role.ADMIN)) {
            refuseIfLastAdministrator(account);
        }
        account.assignRoles(roles);
        audit.record(AuditKind.ROLES_CHANGED, Account.AUDIT_TYPE, id);
    }

    @Override
    public void setTemporaryPassword(long id, String temporaryPassword) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        checkPasswordRules(temporaryPassword);
        load(id).setTemporaryPassword(passwordHasher.hash(temporaryPassword));
        audit.record(AuditKind.TEMPORARY_PASSWORD_SET, Account.AUDIT_TYPE, id);
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = signedInAccount();
        if (currentPassword == null || !passwordHasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("password.error.currentWrong");
        }
        checkPasswordRules(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("password.error.sameAsCurrent");
        }
        account.setChosenPassword(passwordHasher.hash(newPassword));
        audit.record(AuditKind.PASSWORD_CHANGED, Account.AUDIT_TYPE, account.getId());
    }

    @Override
    public void changeOwnLanguage(String language) {
        if (language == null || !AccountRules.LANGUAGES.contains(language)) {
            throw new BusinessException("error.language.unsupported");
        }
        signedInAccount().changeLanguage(language);
    }

    private Account signedInAccount() {
        String username = currentUser.username().orElseThrow(NotFoundException::new);
        return repository.findByUsername(username).orElseThrow(NotFoundException::new);
    }

    private static void checkPasswordRules(String password) {
        if (password == null || password.length() < AccountRules.PASSWORD_MIN
                || password.length() > AccountRules.PASSWORD_MAX) {
            throw new BusinessException("password.error.length", AccountRules.PASSWORD_MIN, AccountRules.PASSWORD_MAX);
        }
    }

    /**
     * Locks every active administrator row first, so two administrators disabling each other at the same
     * moment cannot both succeed and leave none.
     */
    private void refuseIfLastAdministrator(Account account) {
        if (!account.isAdministrator()) {
            return;
        }
        List<Account> admins = em.createNamedQuery(Account.FIND_ACTIVE_ADMINISTRATORS, Account.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        boolean anotherRemains = admins.stream().anyMatch(a -> !a.getId().equals(account.getId()));
        if (!anotherRemains) {
            throw new BusinessException("accounts.error.lastAdministrator");
        }
    }

    private Account load(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    private Account loadForChange(long id, long version) {
        Account account = load(id);
        if (account.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return account;
    }


}
