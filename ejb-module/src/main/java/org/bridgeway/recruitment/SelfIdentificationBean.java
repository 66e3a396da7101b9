package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.recruitment.api.SelfIdentification;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.Hashes;
import org.bridgeway.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class SelfIdentificationBean implements SelfIdentification {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ApplicantMessenger messenger;

    @Inject
    @ConfigProperty(name = "bridgeway.public-url", defaultValue = "http://localhost:28080/bridgeway")
    String publicUrl;

    @Override
    public void sendLink(long applicantId) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        Applicant applicant = em.find(Applicant.class, applicantId);
        if (applicant == null) {
            throw new NotFoundException();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("delete from self_identification_link where applicant_id = ?1 and used_at is null")
                .setParameter(1, applicantId).executeUpdate();
        // Only the token's hash is kept: the database alone cannot be used to answer for someone.
        em.createNativeQuery("insert into self_identification_link (token_hash, applicant_id, created_at, expires_at)"
                        + " values (?1, ?2, now(), now() + interval '30 days')")
                .setParameter(1, Hashes.sha256Hex(token)).setParameter(2, applicantId).executeUpdate();
        messenger.send(applicant, "SELF_IDENTIFICATION", "recruitment-self-id:" + applicantId,
                Map.of("link", publicUrl + "/self-identification.xhtml?token=" + token));
    }

    @Override
    public boolean isValid(String token) {
        return token != null && !token.isBlank() && live(token) != null;
    }

    private Long live(String token) {
        @SuppressWarnings("unchecked")
        var rows = em.createNativeQuery("select applicant_id from self_identification_link where token_hash = ?1"
                + " and used_at is null and expires_at > now() for update").setParameter(1, Hashes.sha256Hex(token))
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    @Override
    public void submit(String token, String gender, Set<String> raceEthnicity, String veteran) {
        Long applicantId = token == null || token.isBlank() ? null : live(token);
        if (applicantId == null) {
            throw new BusinessException("selfId.linkInvalid");
        }
        if ((gender != null && !GENDERS.contains(gender)) || (veteran != null && !VETERAN.contains(veteran))
                || (raceEthnicity != null && !RACE_ETHNICITY.containsAll(raceEthnicity))) {
            throw new BusinessException("selfId.invalid");
        }
        String races = raceEthnicity == null || raceEthnicity.isEmpty() ? null
                : String.join(",", new TreeSet<>(raceEthnicity));
        em.createNativeQuery("insert into applicant_self_identification (applicant_id, gender, race_ethnicity, veteran,"
                        + " recorded_at) values (?1, ?2, ?3, ?4, now()) on conflict (applicant_id) do update set"
                        + " gender = excluded.gender, race_ethnicity = excluded.race_ethnicity,"
                        + " veteran = excluded.veteran, recorded_at = now()")
                .setParameter(1, applicantId).setParameter(2, gender).setParameter(3, races).setParameter(4, veteran)
                .executeUpdate();
        em.createNativeQuery("update self_identification_link set used_at = now() where token_hash = ?1")
                .setParameter(1, Hashes.sha256Hex(token)).executeUpdate();
    }
}
