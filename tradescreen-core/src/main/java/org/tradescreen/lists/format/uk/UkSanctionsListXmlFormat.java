package org.tradescreen.lists.format.uk;

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
 * The UK Sanctions List as the FCDO publishes it in XML ({@code <Designations>}, one {@code <Designation>} per
 * party), which replaced OFSI's consolidated list in 2026. The source id is {@code UniqueID} ("RUS3379"); the
 * stated publication date is {@code <DateGenerated>dd/mm/yyyy</DateGenerated>}, or the {@code dateGenerated}
 * attribute some feeds put on the root instead.
 */
public final class UkSanctionsListXmlFormat implements ListFormat {

    public static final String NAME = "uk-sanctions-list-xml";
    private static final FormatInfo INFO = new FormatInfo(NAME, "uk-sanctions-list");
    private static final String ROOT = "Designations";
    private static final XmlLists.Shape SHAPE = new XmlLists.Shape(ROOT, "the FCDO UK Sanctions List XML",
            Set.of("Designation"), "UniqueID");

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
        return XmlLists.read(path, options, SHAPE, UkSanctionsListEntities::toEntity, reader -> ListDates.day(
                reader.header("DateGenerated") != null ? reader.header("DateGenerated")
                        : reader.rootAttribute("dateGenerated"), true));
    }
}
