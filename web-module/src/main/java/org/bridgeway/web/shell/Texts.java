package org.bridgeway.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bundle texts with their {0}, {1} filled in, for pages: {@code #{texts.format('key', value)}}, in the page's language
 * and with the same MessageFormat rules as messages (numbers formatted, doubled apostrophes). EL's String.replace
 * would pick replace(char, char) for a number and mangle the text.
 */
@Named
@ApplicationScoped
public class Texts {

    public String format(String key, Object first) {
        return Messages.text(key, first);
    }

    public String format(String key, Object first, Object second) {
        return Messages.text(key, first, second);
    }
}
