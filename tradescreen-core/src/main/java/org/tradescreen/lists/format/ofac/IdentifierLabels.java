package org.tradescreen.lists.format.ofac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Identifier;

/**
 * Reads the identifier items of OFAC remarks, such as "Passport 2018278055 (Russia)" or
 * "Business Registration Number 0582030 (Connecticut) (United States)". The labels come from
 * {@code identifier-labels.tsv} beside this class; an item is {@code LABEL [#|:] VALUE (Place)…
 * [issued DATE] [expires DATE]}, and a value has at least one digit. The last bracketed place that is
 * a country becomes the identifier's country; the other places and the dates become its note.
 */
final class IdentifierLabels {

    private record Label(String label, String type) {
    }

    /**
     * VALUE, then any " (…)" groups, then any "issued …"/"expires …" tail. A group needs a space
     * before it: "D489833(9)" is a Hong Kong ID with its check digit, not an ID from place "9".
     */
    private static final Pattern PARTS =
            Pattern.compile("(.*?)((?:\\s+\\([^()]*\\))*)((?:\\s+(?:issued|expires)\\s.*)?)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern DIGITAL_CURRENCY = Pattern.compile("(Digital Currency Address - \\S+) (\\S+)");
    private static final List<Label> LABELS = load();

    private IdentifierLabels() {
    }

    /** The identifier an item states, if it starts with a known label and carries a value. */
    static Optional<Identifier> read(String item) {
        Matcher wallet = DIGITAL_CURRENCY.matcher(item);
        if (wallet.matches()) {
            return Optional.of(new Identifier(wallet.group(1), wallet.group(2), null, null));
        }
        for (Label l : LABELS) {
            if (item.startsWith(l.label()) && endsLabel(item, l.label().length())) {
                return parse(l.type(), item.substring(l.label().length()).replaceFirst("^[\\s#:]+", ""));
            }
        }
        return Optional.empty();
    }

    /** The label must end at a word end: "RUC # 2010" is RUC, "RUCKER" is not. */
    private static boolean endsLabel(String item, int end) {
        return end == item.length() || " #:".indexOf(item.charAt(end)) >= 0;
    }

    private static Optional<Identifier> parse(String type, String rest) {
        Matcher m = PARTS.matcher(" " + rest.strip()); // the space lets a value-less "(5777731)" be a group
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(1).strip();
        List<String> places = new ArrayList<>();
        Matcher b = BRACKETED.matcher(m.group(2));
        while (b.find()) {
            places.add(b.group(1).strip());
        }
        if (value.isEmpty() && !places.isEmpty()) {
            value = places.remove(0); // "International Maritime Organization No. (5777731)"
        }
        if (!DIGIT.matcher(value).find()) {
            return Optional.empty(); // "Passport issued in Sarajevo, …" is prose, not an identifier
        }
        String country = null;
        for (int i = places.size() - 1; i >= 0 && country == null; i--) {
            Optional<String> code = Countries.code(places.get(i));
            if (code.isPresent()) {
                country = code.get();
                places.remove(i);
            }
        }
        if (!m.group(3).isBlank()) {
            places.add(m.group(3).strip());
        }
        return Optional.of(new Identifier(type, value, country, places.isEmpty() ? null : String.join("; ", places)));
    }

    private static List<Label> load() {
        List<Label> labels = new ArrayList<>();
        try (var in = IdentifierLabels.class.getResourceAsStream("identifier-labels.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String type = cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : cells[0].strip();
                labels.add(new Label(cells[0].strip(), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        labels.sort(Comparator.comparingInt((Label l) -> l.label().length()).reversed());
        return List.copyOf(labels);
    }
}
