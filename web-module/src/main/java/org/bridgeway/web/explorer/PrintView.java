package org.bridgeway.web.explorer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivitySummary;
import org.bridgeway.explorer.api.AttendanceRow;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentText;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ParticipantDetails;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.shared.NotFoundException;

/**
 * Printable pages: a consent form pre-filled in the guardian's language (explorer/consent-form.xhtml) and an
 * activity's sign-in sheet (explorer/sign-in-sheet.xhtml). Both go through the scoped services.
 */
@Named
@ViewScoped
public class PrintView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Participants participants;

    @Inject
    private ConsentTexts consentTexts;

    @Inject
    private Activities activities;

    private Long participant;
    private ConsentKind kind = ConsentKind.PARTICIPATION;
    private String lang = "en";
    private Long activity;

    // Loaded per request by the view actions; transient so no personal data sits in the view state.
    private transient ParticipantDetails participantDetails;
    private transient ConsentText text;
    private transient ActivitySummary activitySummary;
    private transient List<AttendanceRow> sheet;

    /** View action of the consent form: loads before rendering, so a refused id becomes a clean 404. */
    public void loadConsentForm() {
        if (participant == null) {
            throw new NotFoundException();
        }
        participantDetails = participants.getParticipant(participant);
        text = consentTexts.current(kind, lang).orElseThrow(NotFoundException::new);
    }

    /** View action of the sign-in sheet. */
    public void loadSheet() {
        if (activity == null) {
            throw new NotFoundException();
        }
        activitySummary = activities.getActivity(activity);
        sheet = activities.attendanceSheet(activity, null);
    }

    public ParticipantDetails getParticipantDetails() {
        return participantDetails;
    }

    public ConsentText getText() {
        return text;
    }

    /** The form prints in its text's language, whatever the coordinator's own language is. */
    public Locale getFormLocale() {
        return Locale.forLanguageTag(lang);
    }

    public ActivitySummary getActivitySummary() {
        return activitySummary;
    }

    public List<AttendanceRow> getSheet() {
        return sheet;
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public void setKind(ConsentKind kind) {
        this.kind = kind;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Long getActivity() {
        return activity;
    }

    public void setActivity(Long activity) {
        this.activity = activity;
    }
}
