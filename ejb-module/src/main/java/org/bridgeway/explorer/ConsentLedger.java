package org.bridgeway.explorer;

import org.bridgeway.shared.SqlValues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentRecord;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.shared.BusinessException;

/** Signed consents of participants; callers have checked access to the participant. */
@ApplicationScoped
class ConsentLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    List<ConsentRecord> consentsOf(Participant p, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.kind, c.guardian_id, g.name, t.version, t.language, c.signed_on, c.expires_on
                  from explorer_consent c
                  join consent_text t on t.id = c.text_id
                  left join explorer_guardian g on g.id = c.guardian_id
                 where c.participant_id = ?1
                 order by c.signed_on desc, c.id desc""").setParameter(1, p.getId()).getResultList();
        return rows.stream().map(r -> {
            LocalDate signedOn = SqlValues.date(r[6]);
            LocalDate expiresOn = SqlValues.date(r[7]);
            boolean byGuardian = r[2] != null;
            return new ConsentRecord(SqlValues.longValue(r[0]), ConsentKind.valueOf((String) r[1]),
                    byGuardian ? SqlValues.longValue(r[2]) : null, (String) r[3], ((Number) r[4]).intValue(),
                    (String) r[5], signedOn, expiresOn,
                    ConsentRules.isValid(byGuardian, p.getBirthDate(), signedOn, expiresOn, today));
        }).toList();
    }

    boolean hasValid(Participant p, ConsentKind kind, LocalDate day) {
        return consentsOf(p, day).stream().anyMatch(c -> c.kind() == kind && c.valid());
    }

    long record(Participant p, ConsentKind kind, Long guardianId, String language, LocalDate signedOn,
            LocalDate expiresOn, LocalDate today) {
        if (signedOn.isAfter(today)) {
            throw new BusinessException("explorer.error.signedInFuture");
        }
        LocalDate expiry = expiresOn == null ? ConsentRules.defaultExpiry(signedOn) : expiresOn;
        if (!expiry.isAfter(signedOn)) {
            throw new BusinessException("explorer.validation.endBeforeStart");
        }
        boolean minorWhenSigned = p.isMinorOn(signedOn);
        if (minorWhenSigned && guardianId == null) {
            throw new BusinessException("explorer.error.guardianMustSign");
        }
        if (!minorWhenSigned && guardianId != null) {
            throw new BusinessException("explorer.error.adultSignsForSelf");
        }
        if (guardianId != null) {
            Guardian guardian = p.getGuardians().stream().filter(g -> guardianId.equals(g.getId())).findFirst()
                    .orElseThrow(() -> new BusinessException("explorer.error.guardianNotFound"));
            if (!guardian.isMayConsent()) {
                throw new BusinessException("explorer.error.guardianMayNotConsent");
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> texts = em.createNativeQuery("select id from consent_text where kind = ?1 and language = ?2"
                        + " order by version desc limit 1").setParameter(1, kind.name()).setParameter(2, language)
                .getResultList();
        if (texts.isEmpty()) {
            throw new BusinessException("explorer.error.noConsentText");
        }
        Object id = em.createNativeQuery("""
                insert into explorer_consent (participant_id, guardian_id, kind, text_id, signed_on, expires_on,
                                              recorded_by, recorded_at)
                values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6, ?7, now()) returning id""")
                .setParameter(1, p.getId()).setParameter(2, guardianId).setParameter(3, kind.name())
                .setParameter(4, texts.get(0)).setParameter(5, Date.valueOf(signedOn))
                .setParameter(6, Date.valueOf(expiry)).setParameter(7, currentUser.auditActor())
                .getSingleResult();
        return SqlValues.longValue(id);
    }
}
