package org.bridgeway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** English, Spanish and Somali ship complete: same keys, no empty value, no untranslated copy of English. */
class TranslationBundlesTest {

    /** Names that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("app.name", "language.en", "language.es", "language.so");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+}");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages_es.properties", "i18n/messages_so.properties",
        "ValidationMessages_es.properties", "ValidationMessages_so.properties"})
    void everyKeyIsTranslated(String translation) throws IOException {
        Properties english = load(translation.replaceAll("_(es|so)", ""));
        Properties translated = load(translation);
        assertThat(translated.stringPropertyNames()).as("keys of " + translation)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key, "");
            if (value.isBlank()) {
                problems.add(key + " is empty");
            } else if (value.equals(english.getProperty(key)) && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                problems.add(key + " is the English text");
            }
            if (!placeholders(value).equals(placeholders(english.getProperty(key)))) {
                problems.add(key + " has other placeholders than English");
            }
        }
        assertThat(problems).as(translation).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_es.properties", "i18n/messages_so.properties"})
    void apostrophesFollowTheFormattingRule(String bundle) throws IOException {
        Properties properties = load(bundle);
        List<String> problems = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            boolean formatted = ARGUMENT.matcher(value).find();
            String withoutDoubled = value.replace("''", "");
            if (formatted && withoutDoubled.contains("'")) {
                problems.add(key + ": single apostrophe in a formatted entry (write '')");
            }
            if (!formatted && value.contains("''")) {
                problems.add(key + ": doubled apostrophe in a plain entry (write ')");
            }
        }
        assertThat(problems).as(bundle).isEmpty();
    }

    @Test
    void everyKeyUsedInThePagesExists() throws IOException {
        Properties english = load("i18n/messages.properties");
        Pattern used = Pattern.compile("i18n\\['([A-Za-z0-9_.]+)']");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = used.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(page + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> placeholders(String value) {
        var matcher = PLACEHOLDER.matcher(value);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }
}
