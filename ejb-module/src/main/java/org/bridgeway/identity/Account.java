package org.bridgeway.identity;

import static org.bridgeway.identity.api.AccountRules.DISPLAY_NAME_MAX;
import static org.bridgeway.identity.api.AccountRules.EMAIL_MAX;
import static org.bridgeway.identity.api.AccountRules.LANGUAGE_PATTERN;
import static org.bridgeway.identity.api.AccountRules.USERNAME_MAX;
import static org.bridgeway.identity.api.AccountRules.USERNAME_PATTERN;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.bridgeway.identity.api.AccountSummary;
import org.bridgeway.identity.api.Role;

/** A person who can sign in. Holds a one-way password hash only. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.COUNT_ALL, query = "select count(a) from Account a")
@NamedQuery(name = Account.FIND_ACTIVE_ADMINISTRATORS,
        query = "select a from Account a join a.roles r where r = org.bridgeway.identity.api.Role.ADMIN and a.enabled = true")
public class Account {

    /** How audit rows name an account: by id, never by name. */
    public static final String AUDIT_TYPE = "account";

    static final String FIND_BY_USERNAME = "Account.findByUsername";
    static final String COUNT_ALL = "Account.countAll";
    static final String FIND_ACTIVE_ADMINISTRATORS = "Account.findActiveAdministrators";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = USERNAME_PATTERN)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(length = EMAIL_MAX)
    @Email
    @Size(max = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false)
    @NotBlank
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false, length = 8)
    @NotNull
    @Pattern(regexp = LANGUAGE_PATTERN)
    private String language = "en";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String language, Set<Role> roles,
            String passwordHash, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.language = language;
        this.roles = new HashSet<>(roles);
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    public boolean isAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    void disable(Instant now) {
        enabled = false;
        disabledAt = now;
    }

    void enable() {
        enabled = true;
        disabledAt = null;
    }

    void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setTemporaryPassword(String hash) {
        passwordHash = hash;
        mustChangePassword = true;
    }

    void setChosenPassword(String hash) {
        passwordHash = hash;
        mustChangePassword = false;
    }

    void changeLanguage(String newLanguage) {
        language = newLanguage;
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, version, username, displayName, email, language, enabled, mustChangePassword,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), createdAt);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
