package org.tradescreen.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the country wording lists use ("Korea, North", "Iran", "Burma", "CN") to ISO 3166-1
 * alpha-2 codes. The JDK's English country names cover most; {@code country-aliases.tsv} beside this
 * class adds the official-list spellings the JDK does not know.
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = load();
    /** The alpha-2 codes themselves, for the common case of a code given as it is. */
    private static final java.util.Set<String> ALPHA2 = java.util.Set.copyOf(BY_KEY.values());
    /** Manifests and some lists write alpha-3 codes (CHN, IRN). */
    private static final Map<String, String> BY_ALPHA3 = alpha3();

    private Countries() {
    }

    /** The ISO alpha-2 code for a country name, alpha-2 or alpha-3 code, if it is known. */
    public static Optional<String> code(@Nullable String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String trimmed = nameOrCode.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (trimmed.length() == 2 && ALPHA2.contains(upper)) {
            return Optional.of(upper);
        }
        if (trimmed.length() == 3 && BY_ALPHA3.containsKey(upper)) {
            return Optional.of(BY_ALPHA3.get(upper));
        }
        return Optional.ofNullable(BY_KEY.get(key(trimmed)));
    }

    /** The English name of an ISO alpha-2 code. */
    public static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<String, String> alpha3() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            map.put(new Locale("", code).getISO3Country(), code);
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            map.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        try (var in = Countries.class.getResourceAsStream("country-aliases.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                map.put(key(parts[0]), parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
