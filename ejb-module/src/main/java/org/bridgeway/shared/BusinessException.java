package org.bridgeway.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * A failure the user can understand and act on. It carries a bundle key (and arguments) rather than text, so
 * the page shows it in the user's language. Rolls back the transaction it escapes from.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** Marks an argument that is itself a bundle key, translated when the message is shown. */
    public static final String TRANSLATED = "i18n:";

    /** An argument shown translated, e.g. the name of a step kind: {@code translated("StepKind.MEDICAL")}. */
    public static String translated(String key) {
        return TRANSLATED + key;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
