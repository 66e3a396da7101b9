package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Role;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.identity.api.ScreeningStatus;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared screening record of adults, inside Payara against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ScreeningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ScreeningIT.class);
    }

    @Inject
    Screening screening;

    @Inject
    AccountService accounts;

    private long newAdult() throws Exception {
        String username = "adult-" + UUID.randomUUID().toString().substring(0, 6);
        return RunAs.user("admin", () -> accounts.createAccount(new NewAccount(username, "Advisor " + username, null,
                "en", EnumSet.of(Role.MENTOR), "Screen-Pass-2026")));
    }

    @Test
    void aCoordinatorRecordsScreeningAndOtherContextsAskWhetherAnAdultIsCleared() throws Exception {
        long adult = newAdult();
        LocalDate today = LocalDate.now();
        assertThat(screening.isCleared(adult, today)).as("nothing recorded").isFalse();

        RunAs.user("coordinator", () -> {
            screening.record(adult, today.minusMonths(2), today.plusDays(20), today.minusMonths(1), today.plusYears(1));
            return null;
        });
        assertThat(screening.isCleared(adult, today)).isTrue();
        assertThat(screening.isCleared(adult, today.plusDays(21))).as("training expired").isFalse();

        assertThat(RunAs.user("coordinator", () -> screening.expiringWithin(today, 30)))
                .extracting(ScreeningStatus::accountId).contains(adult);
        assertThat(RunAs.user("coordinator", () -> screening.expiringWithin(today, 10)))
                .extracting(ScreeningStatus::accountId).doesNotContain(adult);
    }

    @Test
    void anExpiryBeforeItsDateIsRefusedAndOnlyPermittedPeopleManageScreening() throws Exception {
        long adult = newAdult();
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> RunAs.user("admin", () -> {
            screening.record(adult, today, today.minusDays(1), today, today.plusYears(1));
            return null;
        })).isInstanceOf(BusinessException.class).hasMessage("screening.error.expiryBeforeDate");
        assertThat(screening.isCleared(adult, today)).isFalse();

        for (String person : new String[] {"recruiter", "mentor", "youth"}) {
            assertThatThrownBy(() -> RunAs.user(person, () -> screening.statusOf(adult)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
