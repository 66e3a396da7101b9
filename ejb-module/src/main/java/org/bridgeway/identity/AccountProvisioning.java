package org.bridgeway.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bridgeway.identity.api.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts that exist before anyone can sign in. On an empty database the first administrator comes from
 * configuration (bridgeway.admin.username / bridgeway.admin.password) and must change the password at first
 * login. The dev run alone also seeds one demo account per role (bridgeway.demo.password); production has no
 * default password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AccountProvisioning {

    private static final System.Logger LOG = System.getLogger(AccountProvisioning.class.getName());

    /** Demo user name → role; printed by the dev run. */
    public static final java.util.Map<String, Role> DEMO_ACCOUNTS = java.util.Map.of(
            "admin", Role.ADMIN, "coordinator", Role.COORDINATOR, "recruiter", Role.RECRUITER,
            "mentor", Role.MENTOR, "youth", Role.YOUTH, "investigator", Role.BACKGROUND_INVESTIGATOR,
            "command", Role.COMMAND, "partner", Role.PARTNER, "liaison", Role.LIAISON);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    @ConfigProperty(name = "bridgeway.admin.username")
    private Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "bridgeway.admin.password")
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "bridgeway.demo.password")
    private Optional<String> demoPassword;

    @PostConstruct
    void provision() {
        // One instance of a cluster provisions; the others wait here and then find the accounts present.
        em.createNativeQuery("select pg_advisory_xact_lock(4711)").getSingleResult();
        if (!accounts.hasAccounts()) {
            if (adminUsername.isPresent() && adminPassword.isPresent()) {
                accounts.add(new Account(adminUsername.get().strip().toLowerCase(Locale.ROOT), "Administrator",
                        null, "en", Set.of(Role.ADMIN), passwordHasher.hash(adminPassword.get()), true,
                        Instant.now()));
                LOG.log(Level.INFO, "Created the first administrator from configuration.");
            } else {
                LOG.log(Level.WARNING, "No accounts exist and bridgeway.admin.username/password are not set:"
                        + " nobody can sign in until they are.");
            }
        }
        if (demoPassword.filter(p -> !p.isBlank()).isPresent()) {
            DEMO_ACCOUNTS.forEach((username, role) -> {
                if (accounts.findByUsername(username).isEmpty()) {
                    accounts.add(new Account(username, "Demo " + role.name().toLowerCase(Locale.ROOT), null, "en",
                            EnumSet.of(role), passwordHasher.hash(demoPassword.get()), false, Instant.now()));
                }
            });
            LOG.log(Level.WARNING, "Demo accounts are enabled: this must be a development run.");
        }
    }
}
