package org.tradescreen.lists.format.eu;

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
 * The EU Financial Sanctions Files consolidated list, XML schema 1.1 ({@code <export generationDate="…">} in
 * the namespace {@code http://eu.europa.ec/fpi/fsd/export}), read as a stream with the hardened reader. The
 * source id is the {@code euReferenceNumber} ("EU.27.28"); the root's {@code generationDate} is the stated
 * publication date. A record without a reference number or a name, or with a reference number seen before,
 * fails naming its line (skipped and reported under lenient); damaged XML always fails.
 */
public final class EuFsfXmlFormat implements ListFormat {

    public static final String NAME = "eu-fsf-xml";
    private static final FormatInfo INFO = new FormatInfo(NAME, "eu-fsf");
    static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";
    private static final String ROOT = "export";
    private static final XmlLists.Shape SHAPE = new XmlLists.Shape(ROOT, "the EU Financial Sanctions Files XML",
            Set.of("sanctionEntity"), "euReferenceNumber");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public int recognise(Path path, String head) {
        return !Files.isDirectory(path) && head.contains(NAMESPACE) && head.contains("<" + ROOT) ? 10 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        return XmlLists.read(path, options, SHAPE, EuFsfEntities::toEntity,
                reader -> ListDates.day(reader.rootAttribute("generationDate"), false));
    }
}
