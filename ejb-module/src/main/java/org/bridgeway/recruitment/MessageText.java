package org.bridgeway.recruitment;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an installation's message template: {name}, {step}, {date}, {place}, {recruiter}, {link}. Named
 * placeholders rather than MessageFormat, so administrators can write apostrophes and braces freely; an unknown
 * placeholder stays as written. Pure; unit-tested.
 */
public final class MessageText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private MessageText() {
    }

    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
