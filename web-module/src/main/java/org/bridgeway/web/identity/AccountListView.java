package org.bridgeway.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountFilter;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.AccountSummary;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** admin/accounts.xhtml: accounts, paged and filtered in the database. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accountService;

    private final LazyDataModel<AccountSummary> accounts = new AccountDataModel();

    public LazyDataModel<AccountSummary> getAccounts() {
        return accounts;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    private static AccountFilter toFilter(Map<String, FilterMeta> filters) {
        String text = value(filters, "username");
        String role = value(filters, "roles");
        String enabled = value(filters, "enabled");
        Role parsedRole = null;
        if (role != null) {
            try {
                parsedRole = Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                parsedRole = null;
            }
        }
        return new AccountFilter(text, parsedRole, enabled == null ? null : Boolean.valueOf(enabled));
    }

    private static String value(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private final class AccountDataModel extends LazyDataModel<AccountSummary> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) accountService.countAccounts(toFilter(filters));
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sorts,
                Map<String, FilterMeta> filters) {
            SortMeta sort = sorts.values().stream().findFirst().orElse(null);
            var request = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE),
                    sort == null ? "username" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            return accountService.listAccounts(toFilter(filters), request);
        }

        @Override
        public String getRowKey(AccountSummary account) {
            return String.valueOf(account.id());
        }

        @Override
        public AccountSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(a -> String.valueOf(a.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
