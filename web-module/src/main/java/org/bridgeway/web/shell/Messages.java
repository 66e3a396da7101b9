package org.bridgeway.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.bridgeway.shared.BusinessException;

/** Adds translated messages to the current page, by bundle key. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", context.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * A Bean Validation message in the page's language (Validator.validate interpolates in the server's default
     * locale): the template's key from ValidationMessages, with the constraint's attributes filled in.
     */
    public static String violation(jakarta.validation.ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            String text = ResourceBundle.getBundle("ValidationMessages", locale,
                    Thread.currentThread().getContextClassLoader()).getString(template.substring(1, template.length() - 1));
            for (var attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
            }
            return text;
        } catch (MissingResourceException e) {
            return violation.getMessage();
        }
    }

    /**
     * Checks a form's draft with Bean Validation before it goes to a service and shows each problem translated;
     * returns false when there was any (nothing is saved, the form keeps what was typed).
     */
    public static boolean valid(jakarta.validation.Validator validator, Object draft) {
        var violations = validator.validate(draft);
        violations.stream().map(Messages::violation).distinct().forEach(Messages::errorText);
        if (!violations.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return violations.isEmpty();
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** An error whose text is already translated (a Bean Validation message). */
    public static void errorText(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void errorOn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(BusinessException e) {
        Object[] args = e.arguments().stream().map(a -> a.startsWith(BusinessException.TRANSLATED)
                ? text(a.substring(BusinessException.TRANSLATED.length())) : a).toArray();
        error(e.messageKey(), args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
