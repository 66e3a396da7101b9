package org.bridgeway.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * Languages a partner, a person or an event may be recorded with (ISO 639 codes), named in the viewer's own
 * language. The list covers the communities the product serves first; the codes are what is stored.
 */
@Named
@ApplicationScoped
public class LanguageNames {

    public static final List<String> CODES = List.of("en", "es", "so", "ar", "am", "om", "ti", "sw", "fr", "vi",
            "zh", "hmn", "ht", "ko", "ru", "uk", "pt", "tl", "fa", "ps", "ne", "my");

    public List<String> getCodes() {
        return CODES;
    }

    public String name(String code) {
        Locale viewer = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(viewer);
        return name.isBlank() ? code : name;
    }
}
