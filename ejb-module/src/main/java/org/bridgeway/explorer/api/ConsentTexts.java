package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** Versioned consent texts per kind and language. Publishing never changes a text a guardian already signed. */
@Local
public interface ConsentTexts {

    /** explorer:configure; returns the new version number. */
    int publish(@NotNull ConsentKind kind, @NotBlank String language, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 20000) String body);

    /** explorer:read; the latest version in the language. */
    Optional<ConsentText> current(ConsentKind kind, String language);

    /** explorer:read; latest version of every kind and language. */
    List<ConsentText> currentTexts();
}
