package org.bridgeway.explorer;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentText;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.BusinessException;

@Stateless
public class ConsentTextsBean implements ConsentTexts {

    private static final String SELECT = "select id, kind, language, version, title, body, published_at"
            + " from consent_text";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Override
    public int publish(ConsentKind kind, String language, String title, String body) {
        currentUser.checkPermission(Permission.EXPLORER_CONFIGURE);
        if (!language.matches("[a-z]{2,3}")) {
            throw new BusinessException("explorer.error.languageCode");
        }
        // The unique (kind, language, version) key makes a concurrent publish fail rather than share a version.
        Object version = em.createNativeQuery("""
                insert into consent_text (kind, language, version, title, body, published_at)
                select ?1, ?2, coalesce(max(version), 0) + 1, ?3, ?4, now()
                  from consent_text where kind = ?5 and language = ?6
                returning version""")
                .setParameter(1, kind.name()).setParameter(2, language).setParameter(5, kind.name())
                .setParameter(6, language).setParameter(3, title.strip())
                .setParameter(4, body.strip()).getSingleResult();
        return ((Number) version).intValue();
    }

    @Override
    public Optional<ConsentText> current(ConsentKind kind, String language) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where kind = ?1 and language = ?2"
                        + " order by version desc limit 1").setParameter(1, kind.name()).setParameter(2, language)
                .getResultList();
        return rows.stream().findFirst().map(ConsentTextsBean::toText);
    }

    @Override
    public List<ConsentText> currentTexts() {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " t where version = (select max(version)"
                + " from consent_text x where x.kind = t.kind and x.language = t.language) order by kind, language")
                .getResultList();
        return rows.stream().map(ConsentTextsBean::toText).toList();
    }

    private static ConsentText toText(Object[] r) {
        return new ConsentText(SqlValues.longValue(r[0]), ConsentKind.valueOf((String) r[1]), (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], SqlValues.instant(r[6]));
    }
}
