package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.Instant;

/** One published version of a consent text in one language. */
public record ConsentText(long id, ConsentKind kind, String language, int version, String title, String body,
        Instant publishedAt) implements Serializable {

    public long getId() {
        return id;
    }

    public ConsentKind getKind() {
        return kind;
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
