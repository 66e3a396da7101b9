package org.bridgeway.web.publicarea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language of a public page: ?lang= from the switcher, else the browser's preference among English, Spanish
 * and Somali, else English. Kept in the URL, never in a session: public pages open none.
 */
@Named
@RequestScoped
public class PublicLocale {

    static final List<String> LANGUAGES = List.of("en", "es", "so");

    private String language;

    public String getLanguage() {
        if (language == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            String asked = external.getRequestParameterMap().get("lang");
            if (asked != null && LANGUAGES.contains(asked)) {
                language = asked;
            } else {
                String header = external.getRequestHeaderMap().get("Accept-Language");
                language = "en";
                if (header != null) {
                    var ranges = Locale.LanguageRange.parse(header);
                    String best = Locale.lookupTag(ranges, LANGUAGES);
                    if (best != null) {
                        language = best;
                    }
                }
            }
        }
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }
}
