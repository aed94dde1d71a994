package org.tradescreen.lists.format.un;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.model.Entity;

/**
 * The UN Security Council consolidated list as XML ({@code <CONSOLIDATED_LIST dateGenerated="…">}),
 * read as a stream with a hardened StAX parser. The source id is {@code REFERENCE_NUMBER}
 * ("QDi.017"); the root's {@code dateGenerated} is the stated publication date. An entry without a
 * reference number or a name, or with a reference number seen before, fails naming its line (skipped
 * and reported under lenient); a damaged XML file always fails, since nothing after the fault can be
 * trusted.
 */
public final class UnXmlFormat implements ListFormat {

    public static final String NAME = "un-xml";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultSource() {
        return "un-sc";
    }

    @Override
    public int recognise(Path path, String head) {
        return !Files.isDirectory(path) && head.contains("<" + UnXmlReader.ROOT) ? 10 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        List<Entity> entities = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        try (UnXmlReader reader = new UnXmlReader(path)) {
            XmlElement record;
            while ((record = reader.nextRecord()) != null) {
                try {
                    Entity entity = UnEntities.toEntity(path, options.source(), record);
                    Long first = firstLine.putIfAbsent(entity.sourceId(), record.line());
                    if (first != null) {
                        throw new ListFormatException(path, record.line(), "REFERENCE_NUMBER",
                                "reference number " + entity.sourceId() + " was already used at line " + first);
                    }
                    entities.add(entity);
                } catch (ListFormatException fault) {
                    if (!options.lenient()) {
                        throw fault;
                    }
                    problems.add(Problem.of(fault));
                }
            }
            return ParsedList.full(entities, ListDates.day(reader.dateGenerated(), false), problems);
        }
    }
}
