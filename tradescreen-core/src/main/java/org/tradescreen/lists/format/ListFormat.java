package org.tradescreen.lists.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tradescreen.model.Entity;

/**
 * One official list format. A format knows how to read its files into entities and nothing about
 * matching or storage. Implementations are stateless and registered in {@link ListFormats}.
 */
public interface ListFormat {

    /** Its name and default source. */
    FormatInfo info();

    /** The stable name used with {@code --format}, e.g. "ofac-csv". */
    default String name() {
        return info().name();
    }

    /** The source id entities are filed under when the user gives none, e.g. "us-ofac-sdn". */
    default String defaultSource() {
        return info().defaultSource();
    }

    /**
     * How sure this format is that it can read {@code path} (a file, or the folder of a CSV set),
     * judged from its name and first bytes: 0 for no, higher for more certain. Used by auto-detection.
     */
    int recognise(Path path, String head);

    /**
     * Parses the file or folder. Damaged records fail with {@link ListFormatException} unless
     * {@code options.lenient()}, in which case they are skipped and listed in the result's problems.
     */
    ParsedList parse(Path path, ParseOptions options) throws IOException;

    /**
     * Whether {@link #stream} reads a full list without holding it, in memory bounded by something other than the
     * file's size; formats that do not parse the whole file first.
     */
    default boolean streams() {
        return false;
    }

    /**
     * Reads like {@link #parse} but hands each entity of a full list to {@code sink} as it is made, and returns the
     * rest (date, problems) with no entities. A delta is not streamed: it comes back whole, as parse returns it, and
     * the sink gets nothing. Faults are as parse's, except that the sink may have had entities before one fails
     * the read.
     */
    default ParsedList stream(Path path, ParseOptions options, Consumer<Entity> sink) throws IOException {
        ParsedList list = parse(path, options);
        if (list.delta()) {
            return list;
        }
        list.entities().forEach(sink);
        return ParsedList.full(List.of(), list.statedPublished(), list.problems());
    }

    /**
     * The files a load of {@code path} reads, which the snapshot store keeps byte for byte so that any
     * past result can be replayed: the file itself, or every regular file of the folder.
     */
    default List<Path> inputFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
