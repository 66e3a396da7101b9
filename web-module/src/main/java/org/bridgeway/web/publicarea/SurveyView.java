package org.bridgeway.web.publicarea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import org.bridgeway.partners.api.Academy;
import org.bridgeway.partners.api.SurveyAnswer;
import org.bridgeway.web.shell.Messages;

/**
 * public/survey.xhtml: the academy's feedback survey, answered with the code from a printed slip. No sign-in,
 * no session, no name: the code is the only key and is used up by the answer. Guessing codes is throttled per
 * address (in the service), like the interest forms.
 */
@Named
@RequestScoped
public class SurveyView {

    @Inject
    private Academy academy;

    @Inject
    private Validator validator;

    @Inject
    private PublicLocale locale;

    private final SurveyAnswer answer = new SurveyAnswer();
    private String code;

    public void submit() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            violations.stream().map(Messages::violation).distinct().forEach(text ->
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
            context.validationFailed();
            return;
        }
        switch (academy.answerSurvey(code, answer, request.getRemoteAddr())) {
            case RATE_LIMITED -> {
                external.responseSendError(429, Messages.text("public.rateLimited"));
                context.responseComplete();
                return;
            }
            case UNKNOWN_CODE -> {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text("survey.code.unknown"), null));
                context.validationFailed();
                return;
            }
            default -> { }
        }
        external.redirect(external.getRequestContextPath() + "/public/thanks.xhtml?lang=" + locale.getLanguage());
    }

    public SurveyAnswer getAnswer() {
        return answer;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
