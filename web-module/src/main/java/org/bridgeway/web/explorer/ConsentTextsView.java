package org.bridgeway.web.explorer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentText;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** explorer/consent-texts.xhtml: administrators publish a new version of a consent text in one language. */
@Named
@ViewScoped
public class ConsentTextsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ConsentTexts consentTexts;

    private ConsentKind kind = ConsentKind.PARTICIPATION;
    private String language = "en";
    private String title;
    private String body;

    public void publish() {
        try {
            int version = consentTexts.publish(kind, language, title == null ? "" : title, body == null ? "" : body);
            Messages.info("explorer.consentTexts.published", version);
            title = null;
            body = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<ConsentText> getCurrent() {
        return consentTexts.currentTexts();
    }

    public ConsentKind[] getKinds() {
        return ConsentKind.values();
    }

    public ConsentKind getKind() {
        return kind;
    }

    public void setKind(ConsentKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
