package org.bridgeway.web.mentorship;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.mentorship.api.MatchSuggestion;
import org.bridgeway.mentorship.api.MatchSummary;
import org.bridgeway.mentorship.api.Matching;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.web.shell.Messages;

/** mentorship/match.xhtml?participant=N: ranked mentor suggestions with their reasons; accept, close. */
@Named
@ViewScoped
public class MatchView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Matching matching;

    @Inject
    private Participants participants;

    private Long participant;
    private String closeReason;
    private WeeklySlots availability;
    private transient String menteeName;
    private transient List<MatchSuggestion> suggestions;

    public void load() {
        if (participant == null) {
            throw new NotFoundException();
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            suggestions = matching.suggestions(participant);
            availability = WeeklySlots.of(matching.menteeAvailability(participant));
        }
    }

    public String getMenteeName() {
        if (menteeName == null) {
            var draft = participants.getParticipant(participant).draft();
            menteeName = draft.getPreferredName() != null ? draft.getPreferredName() : draft.getGivenName();
        }
        return menteeName;
    }

    public List<MatchSuggestion> getSuggestions() {
        if (suggestions == null) {
            suggestions = matching.suggestions(participant);
        }
        return suggestions;
    }

    public List<MatchSummary> getMatches() {
        return matching.matchesOf(participant);
    }

    /** The coordinator confirms a suggestion: proposed and activated at once. */
    public void accept(long mentorAccountId) throws IOException {
        try {
            long match = matching.propose(participant, mentorAccountId);
            matching.activate(match);
            Messages.info("mentorship.match.accepted");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    /** The youth's weekly availability: it feeds the availability part of the score. */
    public void saveAvailability() throws IOException {
        try {
            matching.setMenteeAvailability(participant, availability.toSlots());
            Messages.info("mentorship.match.availabilitySaved");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void pause(long matchId) throws IOException {
        try {
            matching.pause(matchId, closeReason);
            Messages.info("mentorship.match.paused");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void resume(long matchId) throws IOException {
        try {
            matching.activate(matchId);
            Messages.info("mentorship.match.resumed");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void close(long matchId) throws IOException {
        try {
            matching.close(matchId, closeReason);
            Messages.info("mentorship.match.closed");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    private void reopen() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/mentorship/match.xhtml?participant=" + participant);
    }

    public WeeklySlots getAvailability() {
        return availability;
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
