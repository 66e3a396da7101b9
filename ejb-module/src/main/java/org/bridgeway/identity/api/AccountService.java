package org.bridgeway.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

/** Account administration and a person's own account settings. */
@Local
public interface AccountService {

    /** Requires accounts:manage. */
    Page<AccountSummary> findAccounts(AccountFilter filter, PageRequest page);

    /** Requires accounts:manage. How many accounts match, for a lazy table's paginator. */
    long countAccounts(AccountFilter filter);

    /** Requires accounts:manage. One page of matching accounts, without counting them. */
    java.util.List<AccountSummary> listAccounts(AccountFilter filter, PageRequest page);

    /** Requires accounts:manage. */
    AccountSummary getAccount(long id);

    /** Requires accounts:manage. Returns the new account's id. */
    long createAccount(@NotNull @Valid NewAccount account);

    /** Requires accounts:manage. Refuses to disable the last active administrator. */
    void setEnabled(long id, long version, boolean enabled);

    /** Requires accounts:manage. Refuses to take ADMIN from the last active administrator. */
    void setRoles(long id, long version, Set<Role> roles);

    /** Requires accounts:manage. The person must change it at next login. */
    void setTemporaryPassword(long id, String temporaryPassword);

    /** The signed-in person changes their own password, proving the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);

    /** The signed-in person's language (ISO 639-1), saved on their account. */
    void changeOwnLanguage(String language);
}
