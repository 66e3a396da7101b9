package org.bridgeway.recruitment.api;

import java.io.Serializable;

/** A message template in one language, with {name}, {step}, {date}, {place}, {recruiter} and {link} placeholders. */
public record MessageTemplateView(String code, String language, String subject, String body) implements Serializable {

    public String getCode() {
        return code;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
