package org.tradescreen.match.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the small word tables the chain is driven by ({@code legal-forms.tsv}, {@code stopwords.tsv},
 * {@code common-words.tsv}): one entry a line, "word" or "word TAB value", {@code #} for comments.
 * Tables are data, not code, so that adding a legal form is a one-line change.
 */
final class WordTable {

    private WordTable() {
    }

    /** The table as word to value; a line without a value maps the word to itself. */
    static Map<String, String> load(Class<?> owner, String resource) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word table missing from the build: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                map.put(f[0].strip(), f.length > 1 ? f[1].strip() : f[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
