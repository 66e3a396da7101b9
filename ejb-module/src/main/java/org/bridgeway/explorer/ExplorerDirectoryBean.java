package org.bridgeway.explorer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.MenteeCard;

@Stateless
public class ExplorerDirectoryBean implements ExplorerDirectory {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MenteeCard> mentee(long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null) {
            return Optional.empty();
        }
        Object[] policy = (Object[]) em.createNativeQuery("select allow_virtual_one_on_one, allow_public_one_on_one"
                + " from explorer_post where id = ?1").setParameter(1, p.getPostId()).getSingleResult();
        var draft = p.toDraft();
        List<MenteeCard.GuardianContact> guardians = draft.getGuardians().stream()
                .map(g -> new MenteeCard.GuardianContact(g.getName(), g.getPhone(), g.getEmail(),
                        g.getPreferredLanguage())).toList();
        return Optional.of(new MenteeCard(p.getId(), p.getPostId(), p.getAccountId(), p.getPreferredName(),
                p.getBirthDate(), p.getStatus(), draft.getPreferredLanguage(), draft.getEmail(), draft.getLanguages(),
                draft.getInterests(), guardians, (Boolean) policy[0], (Boolean) policy[1]));
    }

    @Override
    public Optional<org.bridgeway.explorer.api.RecruitCard> recruitCard(long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null) {
            return Optional.empty();
        }
        var draft = p.toDraft();
        return Optional.of(new org.bridgeway.explorer.api.RecruitCard(p.getId(), p.getPostId(), p.getStatus(),
                draft.getGivenName(), draft.getFamilyName(), draft.getEmail(), draft.getPhone(), p.getBirthDate(),
                draft.getPreferredLanguage(), draft.getLanguages()));
    }

    @Override
    public Optional<Long> participantOfAccount(long accountId) {
        return em.createQuery("select m.id from Participant m where m.accountId = :account", Long.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    @Override
    public List<Long> advisorsOf(long postId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select account_id from explorer_post_advisor where post_id = ?1")
                .setParameter(1, postId).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Override
    public java.util.Map<Long, String> postNames(java.util.Collection<Long> postIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (postIds.isEmpty()) {
            return names;
        }
        em.createQuery("select p.id, p.name from Post p where p.id in :ids", Object[].class)
                .setParameter("ids", postIds).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public java.util.Map<Long, String> menteeNames(java.util.Collection<Long> participantIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (participantIds.isEmpty()) {
            return names;
        }
        em.createQuery("select m.id, coalesce(m.preferredName, m.givenName) from Participant m where m.id in :ids",
                        Object[].class)
                .setParameter("ids", participantIds).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public List<Long> allPosts() {
        return em.createQuery("select p.id from Post p order by p.name", Long.class).getResultList();
    }

    @Override
    public List<Long> postsCoordinatedBy(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select post_id from explorer_post_coordinator where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }
}
