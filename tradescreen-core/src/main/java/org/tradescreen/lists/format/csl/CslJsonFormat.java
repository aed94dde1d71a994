package org.tradescreen.lists.format.csl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.Faults;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.model.Address;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;

/**
 * The Consolidated Screening List as JSON: the download ({@code {"results":[…]}}), a search-API
 * response of the same shape, or a bare array. Values may be arrays or "; "-joined strings, and
 * addresses structured objects or one-line strings; all read the same.
 */
public final class CslJsonFormat implements ListFormat {

    public static final String NAME = "csl-json";
    private static final FormatInfo INFO = new FormatInfo(NAME, "us-csl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public int recognise(Path path, String head) {
        if (Files.isDirectory(path)) {
            return 0;
        }
        String h = head.stripLeading();
        boolean json = h.startsWith("{") || h.startsWith("[");
        return json && h.contains("\"source\"") && (h.contains("\"results\"") || h.contains("\"alt_names\"")) ? 10 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        ListText text = ListText.read(path);
        JsonNode root;
        try {
            root = JSON.readTree(text.text());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ListFormatException(path, line, null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode results = root.isArray() ? root : root.path("results");
        if (!results.isArray()) {
            throw new ListFormatException(path, 0, "results", "expected an array of CSL entries");
        }
        List<Entity> entities = new ArrayList<>();
        Faults faults = new Faults(options.lenient(), text.repairs());
        for (int i = 0; i < results.size(); i++) {
            try {
                entities.add(CslEntities.toEntity(options.source(), new JsonRecord(results.get(i), i + 1)));
            } catch (IllegalArgumentException bad) {
                faults.report(new ListFormatException(path, i + 1, null, "record " + (i + 1) + ": " + bad.getMessage(),
                        bad));
            }
        }
        return ParsedList.full(entities, Optional.empty(), faults.problems());
    }

    private record JsonRecord(JsonNode node, long position) implements CslRecord {
        @Override
        public @Nullable String value(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            String s = v.isArray() ? String.join("; ", values(field)) : v.asText().strip();
            return s.isEmpty() ? null : s;
        }

        @Override
        public List<String> values(String field) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (v.isArray()) {
                for (JsonNode e : v) {
                    if (e.isObject()) {
                        out.add(identifierLine(e));
                    } else if (!e.asText().isBlank()) {
                        out.add(e.asText().strip());
                    }
                }
            } else {
                for (String part : v.asText().split(";\\s+")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
            return out;
        }

        /** JSON ids are objects {type, number, country}; render them as the CSV line form. */
        private static String identifierLine(JsonNode id) {
            StringBuilder sb = new StringBuilder(id.path("type").asText(""));
            sb.append(", ").append(id.path("number").asText(""));
            if (!id.path("country").asText("").isBlank()) {
                sb.append(", ").append(id.path("country").asText());
            }
            return sb.toString();
        }

        @Override
        public List<Address> addresses() {
            JsonNode v = node.get("addresses");
            List<Address> out = new ArrayList<>();
            if (v == null || !v.isArray()) {
                values("addresses").forEach(line -> out.add(CslEntities.addressFromLine(line)));
                return out;
            }
            for (JsonNode a : v) {
                if (!a.isObject()) {
                    out.add(CslEntities.addressFromLine(a.asText()));
                    continue;
                }
                String country = text(a, "country");
                out.add(new Address(text(a, "address"), text(a, "city"), text(a, "state"), text(a, "postal_code"),
                        country, Countries.code(country).orElse(null)));
            }
            return out;
        }

        private static @Nullable String text(JsonNode n, String field) {
            String s = n.path(field).asText("").strip();
            return s.isEmpty() ? null : s;
        }
    }
}
