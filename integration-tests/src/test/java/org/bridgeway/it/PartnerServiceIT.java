package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerFilter;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerSummary;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partner service inside Payara against PostgreSQL, called as real users of each role. */
@ExtendWith(ArquillianExtension.class)
class PartnerServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(PartnerServiceIT.class);
    }

    @Inject
    PartnerService partners;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    /** A name no other test uses, so tests can run in any order against one database. */
    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PartnerDraft draft(String name, PartnerType type, String... languages) {
        var draft = new PartnerDraft();
        draft.setName(name);
        draft.setType(type);
        draft.setLanguagesServed(List.of(languages));
        draft.setContactName("Amina Hassan");
        draft.setContactPhone("+1 (612) 555-0142");
        draft.setContactEmail("amina@example.org");
        return draft;
    }

    @Test
    void flywayMigratedTheSchemaAtStartUp() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from flyway_schema_history where success and version in ('1', '2')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void coordinatorCreatesFindsAndReadsAPartner() throws Exception {
        String name = unique("Somali American Police Association");
        long id = RunAs.user("coordinator", () -> partners.createPartner(draft(name, PartnerType.ADVOCACY_GROUP, "so", "en")));

        var details = RunAs.user("coordinator", () -> partners.getPartner(id));
        assertThat(details.draft().getName()).isEqualTo(name);
        assertThat(details.draft().getLanguagesServed()).containsExactly("so", "en");
        assertThat(details.active()).isTrue();

        var page = RunAs.user("recruiter", () -> partners.findPartners(
                new PartnerFilter(name.substring(20).toUpperCase(), PartnerType.ADVOCACY_GROUP, "so", true),
                PageRequest.first(20)));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.rows()).extracting(PartnerSummary::id).containsExactly(id);
        assertThat(page.rows().get(0).languagesServed()).containsExactly("so", "en");
    }

    @Test
    void filtersPagesAndSortsInTheDatabase() throws Exception {
        String prefix = unique("Paging alliance");
        RunAs.user("coordinator", () -> {
            for (int i = 0; i < 25; i++) {
                partners.createPartner(draft(String.format("%s %02d", prefix, i),
                        i % 2 == 0 ? PartnerType.FAITH_GROUP : PartnerType.SCHOOL, i % 5 == 0 ? "am" : "es"));
            }
        });
        var filter = new PartnerFilter(prefix, null, null, null);

        var second = RunAs.user("coordinator", () -> partners.findPartners(filter, new PageRequest(10, 10, "name", true)));
        assertThat(second.total()).isEqualTo(25);
        assertThat(second.rows()).extracting(PartnerSummary::name)
                .containsExactly(java.util.stream.IntStream.range(10, 20)
                        .mapToObj(i -> String.format("%s %02d", prefix, i)).toArray(String[]::new));

        var descending = RunAs.user("coordinator", () -> partners.listPartners(filter, new PageRequest(0, 3, "name", false)));
        assertThat(descending).extracting(PartnerSummary::name)
                .containsExactly(prefix + " 24", prefix + " 23", prefix + " 22");

        long faith = RunAs.user("coordinator", () -> partners.countPartners(new PartnerFilter(prefix, PartnerType.FAITH_GROUP, null, null)));
        assertThat(faith).isEqualTo(13);
        long amharic = RunAs.user("coordinator", () -> partners.countPartners(new PartnerFilter(prefix, null, "am", null)));
        assertThat(amharic).isEqualTo(5);
    }

    @Test
    void deactivatesInsteadOfDeletingAndRefusesAStaleVersion() throws Exception {
        String name = unique("County Immigrant Alliance");
        long id = RunAs.user("coordinator", () -> partners.createPartner(draft(name, PartnerType.COMMUNITY_ORGANISATION, "es")));
        long version = RunAs.user("coordinator", () -> partners.getPartner(id).version());

        RunAs.user("coordinator", () -> partners.setActive(id, version, false));
        assertThat(RunAs.user("coordinator", () -> partners.getPartner(id).active())).isFalse();
        long inactive = RunAs.user("coordinator", () -> partners.countPartners(new PartnerFilter(name, null, null, false)));
        assertThat(inactive).isEqualTo(1);

        var edit = draft(name + " (renamed)", PartnerType.COMMUNITY_ORGANISATION, "es");
        assertThatThrownBy(() -> RunAs.user("coordinator", () -> partners.updatePartner(id, version, edit)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(RunAs.user("coordinator", () -> partners.getPartner(id).draft().getName())).isEqualTo(name);
    }

    @Test
    void youthMentorAndAnonymousAreRefusedByTheServiceItself() throws Exception {
        for (String username : List.of("youth", "mentor")) {
            assertThatThrownBy(() -> RunAs.user(username, () -> partners.findPartners(PartnerFilter.none(), PageRequest.first(5))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user(username, () -> partners.createPartner(draft(unique("X"), PartnerType.OTHER))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> RunAs.anonymous(() -> partners.countPartners(PartnerFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknownIdIsNotFound() throws Exception {
        assertThatThrownBy(() -> RunAs.user("coordinator", () -> partners.getPartner(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void invalidInputIsRefusedAndNothingIsSaved() throws Exception {
        long before = RunAs.user("coordinator", () -> partners.countPartners(PartnerFilter.none()));
        for (PartnerDraft bad : List.of(
                draft("", PartnerType.OTHER),
                draft("x".repeat(201), PartnerType.OTHER),
                withEmail(draft(unique("Bad mail"), PartnerType.OTHER), "not-an-email"),
                draft(unique("No type"), null))) {
            assertThatThrownBy(() -> RunAs.user("coordinator", () -> partners.createPartner(bad)))
                    .isInstanceOf(EJBException.class)
                    .hasRootCauseInstanceOf(ConstraintViolationException.class);
        }
        assertThat(RunAs.user("coordinator", () -> partners.countPartners(PartnerFilter.none()))).isEqualTo(before);
    }

    @Test
    void notesRefuseAnANumberAndAcceptAPhoneNumber() throws Exception {
        var withANumber = draft(unique("Guarded"), PartnerType.OTHER);
        withANumber.setNotes("Client A-123-456-789 asked about the program");
        assertThatThrownBy(() -> RunAs.user("coordinator", () -> partners.createPartner(withANumber)))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class);

        var withPhone = draft(unique("Guarded"), PartnerType.OTHER);
        withPhone.setNotes("Call the front desk at +1 (612) 555-0142 before visiting");
        long id = RunAs.user("coordinator", () -> partners.createPartner(withPhone));
        assertThat(RunAs.user("coordinator", () -> partners.getPartner(id).draft().getNotes())).contains("555-0142");
    }

    private static PartnerDraft withEmail(PartnerDraft draft, String email) {
        draft.setContactEmail(email);
        return draft;
    }
}
