package org.tradescreen.lists.format.xml;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.model.Entity;

/**
 * The loading rules every XML list shares: records read one at a time, each mapped to an entity; a record the
 * mapper refuses, or one whose id was seen before, fails naming its line (skipped and reported under lenient);
 * damaged XML always fails, since nothing after the fault can be trusted.
 */
public final class XmlLists {

    /** The shape of one XML list: its root, what it is called in messages, its record elements and id field. */
    public record Shape(String root, String listName, Set<String> records, String idField) {
    }

    /** Maps one record to an entity, or throws {@link ListFormatException} naming the record's line and field. */
    @FunctionalInterface
    public interface RecordMapper {
        Entity toEntity(Path file, String source, XmlElement record);
    }

    private XmlLists() {
    }

    /**
     * Reads a whole file.
     *
     * @param published the publication date the file states, read off the reader once all records are read
     */
    public static ParsedList read(Path path, ParseOptions options, Shape shape, RecordMapper mapper,
                                  Function<XmlRecordReader, Optional<LocalDate>> published) throws IOException {
        List<Entity> entities = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        try (XmlRecordReader reader = new XmlRecordReader(path, shape.root(), shape.listName(), shape.records())) {
            XmlElement next;
            while ((next = reader.nextRecord()) != null) {
                XmlElement record = next;
                Problem.orSkip(options.lenient(), problems, () -> {
                    Entity entity = mapper.toEntity(path, options.source(), record);
                    Long first = firstLine.putIfAbsent(entity.sourceId(), record.line());
                    if (first != null) {
                        throw new ListFormatException(path, record.line(), shape.idField(),
                                "id " + entity.sourceId() + " was already used at line " + first);
                    }
                    entities.add(entity);
                });
            }
            return ParsedList.full(entities, published.apply(reader), problems);
        }
    }
}
