package org.tradescreen.lists.format.un;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.xml.XmlLists;

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
    private static final FormatInfo INFO = new FormatInfo(NAME, "un-sc");
    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final XmlLists.Shape SHAPE = new XmlLists.Shape(ROOT, "the UN consolidated list",
            Set.of("INDIVIDUAL", "ENTITY"), "REFERENCE_NUMBER");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public int recognise(Path path, String head) {
        return !Files.isDirectory(path) && head.contains("<" + ROOT) ? 10 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        return XmlLists.read(path, options, SHAPE, UnEntities::toEntity,
                reader -> ListDates.day(reader.rootAttribute("dateGenerated"), false));
    }
}
