package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Explorer screen that takes an id answers 404 — exactly like a missing record — when the id belongs to
 * a post the signed-in coordinator does not run, and shows the record to an administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplorerScreensScopeIT {

    private static final String DEMO_PASSWORD = "it-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherPostsRecordIsNotFoundOnEveryScreen() throws Exception {
        long post;
        long participant;
        long activity;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = TestDatabase.connect()) {
            post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at) values (?, now(), now()) returning id",
                    "Not yours " + suffix);
            participant = TestDatabase.number(c, "insert into explorer_participant (post_id, given_name, family_name, birth_date,"
                    + " preferred_language, source, status, status_changed_at, created_at, updated_at)"
                    + " values (?, 'Secret', ?, current_date - interval '16 years', 'so', 'WALK_IN',"
                    + " 'AWAITING_CONSENT', now(), now(), now()) returning id", post, "Person" + suffix);
            activity = TestDatabase.number(c, "insert into explorer_activity (post_id, kind, title, starts_at, ends_at, hours_credited,"
                    + " created_at) values (?, 'MEETING', 'Hidden meeting', now() - interval '2 hours',"
                    + " now() - interval '1 hour', 2, now()) returning id", post);
            TestDatabase.number(c, "insert into consent_text (kind, language, version, title, body, published_at) values"
                    + " ('PARTICIPATION', 'so', 1000 + (random() * 100000)::int, 't', 'b', now()) returning id");
        }
        String[] screens = {
            "mentorship/match.xhtml?participant=" + participant,
            "explorer/participant.xhtml?id=" + participant,
            "explorer/post.xhtml?id=" + post,
            "explorer/attendance.xhtml?activity=" + activity,
            "explorer/sign-in-sheet.xhtml?activity=" + activity,
            "explorer/consent-form.xhtml?participant=" + participant + "&kind=PARTICIPATION&lang=so",
        };

        var coordinator = new WebClient(base.toURI());
        coordinator.signIn("coordinator", DEMO_PASSWORD);
        for (String screen : screens) {
            var response = coordinator.get(screen);
            assertThat(response.statusCode()).as(screen).isEqualTo(404);
            assertThat(response.body()).as(screen).doesNotContain("Person" + suffix).doesNotContain("Hidden meeting");
        }
        var admin = new WebClient(base.toURI());
        admin.signIn("admin", DEMO_PASSWORD);
        for (String screen : screens) {
            assertThat(admin.get(screen).statusCode()).as("admin " + screen).isEqualTo(200);
        }
        assertThat(admin.get("explorer/participant.xhtml?id=" + participant).body()).contains("Person" + suffix);
        // A youth is not even shown that the staff screens exist.
        var youth = new WebClient(base.toURI());
        youth.signIn("youth", DEMO_PASSWORD);
        assertThat(youth.get("explorer/participant.xhtml?id=" + participant).statusCode()).isEqualTo(404);
        assertThat(youth.get("explorer/reports.xhtml").statusCode()).isEqualTo(404);
        for (String staffOnly : new String[] {"mentorship/mentor.xhtml", "mentorship/profile.xhtml",
                "mentorship/reports.xhtml", "mentorship/calendar.xhtml",
                "mentorship/match.xhtml?participant=" + participant}) {
            assertThat(youth.get(staffOnly).statusCode()).as("youth " + staffOnly).isEqualTo(404);
        }
        // The mentor's own pages and the coordinator's reports render.
        var mentor = new WebClient(base.toURI());
        mentor.signIn("mentor", DEMO_PASSWORD);
        assertThat(mentor.get("mentorship/mentor.xhtml").statusCode()).isEqualTo(200);
        assertThat(mentor.get("mentorship/profile.xhtml").statusCode()).isEqualTo(200);
        assertThat(mentor.get("mentorship/match.xhtml?participant=" + participant).statusCode()).isEqualTo(404);
        assertThat(coordinator.get("mentorship/reports.xhtml").statusCode()).isEqualTo(200);
        assertThat(coordinator.get("mentorship/calendar.xhtml").statusCode()).isEqualTo(200);
        assertThat(mentor.get("mentorship/calendar.xhtml").statusCode()).isEqualTo(404);
        assertThat(coordinator.get("account/calendar.xhtml").statusCode()).isEqualTo(200);
    }

}
