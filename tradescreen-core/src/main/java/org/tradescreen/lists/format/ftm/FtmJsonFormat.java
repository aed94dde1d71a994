package org.tradescreen.lists.format.ftm;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradescreen.lists.format.Faults;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.model.Entity;

/**
 * FollowTheMoney entities as JSON lines ({@code *.ftm.json}, one entity per line), and OpenSanctions
 * delta files ({@code *.delta.json}, one {@code {"op":"ADD"|"MOD"|"DEL","entity":{…}}} per line). A delta
 * gives a {@link ParsedList} with {@code delta} set: the ADD and MOD parties as entities (both replace
 * whatever the source held under that id) and the DEL ids as deleted source ids. The delta index
 * ({@code {"versions":{…}}}, which lists delta files by URL) is refused with a message saying so, since
 * loading it as an empty list would silently change nothing. The source id is the entity {@code id}.
 *
 * <p>The stated publication date is the day of the OpenSanctions version stamp in the file name
 * ({@code 20240527194702-wnk}, UTC), which is the dataset run that wrote the file; files without one
 * state none.
 */
public final class FtmJsonFormat implements ListFormat {

    public static final String NAME = "ftm-json";
    private static final FormatInfo INFO = new FormatInfo(NAME, "ftm");
    private static final Pattern VERSIONS_INDEX = Pattern.compile("\\s*\\{\\s*\"versions\"\\s*:");
    private static final Pattern VERSION_STAMP = Pattern.compile("(?<!\\d)(\\d{8})\\d{6}-[a-z0-9]+");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public int recognise(Path path, String head) {
        if (Files.isDirectory(path)) {
            return 0;
        }
        String first = head.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        boolean entityLine = first.contains("\"schema\"") && first.contains("\"properties\"");
        boolean operationLine = first.contains("\"op\"") && first.contains("\"entity\"");
        if (first.startsWith("{") && (entityLine || operationLine)) {
            return 10;
        }
        // An empty delta and the delta index are ours by name or shape, so that parsing can say what they are.
        String name = path.getFileName().toString();
        return VERSIONS_INDEX.matcher(first).lookingAt() || name.endsWith(".ftm.json") || name.endsWith("delta.json")
                ? 5 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        ListText text = ListText.read(path);
        if (VERSIONS_INDEX.matcher(text.text()).lookingAt()) {
            throw new ListFormatException(path, 1, "versions", "this is a delta index, which lists delta files by URL"
                    + " and holds no entities; load the delta files it names instead, oldest first");
        }
        Faults faults = new Faults(options.lenient(), text.repairs());
        FtmLines lines = FtmLines.read(text, path.getFileName().toString().endsWith("delta.json"), faults);
        Optional<LocalDate> published = versionDate(path);
        if (lines.delta()) {
            Map<String, FtmRecord> upserts = new LinkedHashMap<>();
            Set<String> deleted = new LinkedHashSet<>();
            // Operations apply in file order: the last one for an id wins.
            for (FtmRecord r : lines.records()) {
                if (r.op() == FtmRecord.Op.DEL) {
                    upserts.remove(r.id());
                    deleted.add(r.id());
                } else {
                    deleted.remove(r.id());
                    upserts.put(r.id(), r);
                }
            }
            return new ParsedList(parties(options.source(), path, upserts.values(), faults), List.copyOf(deleted),
                    true, published, faults.problems());
        }
        if (lines.records().isEmpty()) {
            throw new ListFormatException(path, 0, null,
                    "no readable entities in the file (empty or failed download?)");
        }
        Map<String, FtmRecord> byId = new LinkedHashMap<>();
        for (FtmRecord r : lines.records()) {
            FtmRecord earlier = byId.putIfAbsent(r.id(), r);
            if (earlier != null) {
                faults.report(new ListFormatException(path, r.line(), "id",
                        "repeats the id of line " + earlier.line()));
            }
        }
        return ParsedList.full(parties(options.source(), path, byId.values(), faults), published, faults.problems());
    }

    @Override
    public boolean streams() {
        return true;
    }

    /**
     * An entity file in two passes over the file, so that only what parties refer to is held: the first checks every
     * line and keeps the records that describe parties (Address, Sanction, Identification, Passport) and a hash of
     * every id; the second makes the parties and hands them on. A delta, an index or a file with no readable record
     * is read by {@link #parse}, which says what it is.
     */
    @Override
    public ParsedList stream(Path path, ParseOptions options, Consumer<Entity> sink) throws IOException {
        if (VERSIONS_INDEX.matcher(ListText.head(path)).lookingAt()) {
            return parse(path, options);
        }
        boolean utf8 = true;
        Faults faults = new Faults(options.lenient(), List.of());
        RepeatedIds ids = new RepeatedIds();
        Map<String, FtmRecord> linked = new LinkedHashMap<>();
        boolean entityFile;
        try {
            entityFile = firstPass(path, true, faults, ids, linked);
        } catch (CharacterCodingException notUtf8) {
            utf8 = false;
            faults = new Faults(options.lenient(), List.of());
            ids = new RepeatedIds();
            linked.clear();
            entityFile = firstPass(path, false, faults, ids, linked);
        }
        if (!entityFile) {
            return parse(path, options);
        }
        FtmEntities graph = new FtmEntities(options.source(), path, linked.values());
        // What the first pass reported is not reported again.
        Faults again = new Faults(true, List.of());
        try (FtmLineReader lines = new FtmLineReader(path, ListText.open(path, utf8), again)) {
            for (FtmLineReader.Line line; (line = lines.next()) != null;) {
                FtmRecord r;
                try {
                    r = FtmRecord.entity(path, line.number(), line.node());
                } catch (ListFormatException reported) {
                    continue;
                }
                Long earlier = ids.earlierLine(r.id(), r.line());
                if (earlier != null) {
                    faults.report(new ListFormatException(path, r.line(), "id", "repeats the id of line " + earlier));
                } else if (FtmVocabulary.isParty(r.schema())) {
                    try {
                        sink.accept(graph.toEntity(r));
                    } catch (ListFormatException fault) {
                        faults.report(fault);
                    }
                }
            }
        }
        return ParsedList.full(List.of(), versionDate(path), faults.problems());
    }

    /**
     * Checks every line, keeping the records parties refer to and noting every id. False, as soon as it shows, when
     * the file is not one of entities: its first readable line is a delta operation, or it has no readable record.
     */
    private static boolean firstPass(Path path, boolean utf8, Faults faults, RepeatedIds ids,
                                     Map<String, FtmRecord> linked) throws IOException {
        boolean records = false;
        boolean first = true;
        try (FtmLineReader lines = new FtmLineReader(path, ListText.open(path, utf8), faults)) {
            for (FtmLineReader.Line line; (line = lines.next()) != null;) {
                if (first && line.node().has("op")) {
                    return false;
                }
                first = false;
                try {
                    FtmRecord r = FtmRecord.entity(path, line.number(), line.node());
                    records = true;
                    ids.add(r.id());
                    if (FtmEntities.describesParties(r.schema())) {
                        linked.putIfAbsent(r.id(), r);
                    }
                } catch (ListFormatException fault) {
                    faults.report(fault);
                }
            }
        }
        return records;
    }

    private static List<Entity> parties(String source, Path file, Collection<FtmRecord> records, Faults faults) {
        FtmEntities graph = new FtmEntities(source, file, records);
        List<Entity> entities = new ArrayList<>();
        for (FtmRecord r : records) {
            if (FtmVocabulary.isParty(r.schema())) {
                try {
                    entities.add(graph.toEntity(r));
                } catch (ListFormatException fault) {
                    faults.report(fault);
                }
            }
        }
        return entities;
    }

    private static Optional<LocalDate> versionDate(Path file) {
        Matcher m = VERSION_STAMP.matcher(file.getFileName().toString());
        try {
            return m.find()
                    ? Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE))
                    : Optional.empty();
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
