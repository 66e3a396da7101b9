package org.bridgeway.partners.api;

import java.io.Serializable;
import java.time.Instant;

/** One version of a published policy in one language. */
public record PolicyView(String slug, String language, int version, String title, String body, Instant publishedAt)
        implements Serializable {

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
