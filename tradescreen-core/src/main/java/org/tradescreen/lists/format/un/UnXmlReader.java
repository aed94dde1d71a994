package org.tradescreen.lists.format.un;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradescreen.lists.format.ListFormatException;

/**
 * Streams a UN consolidated list file and hands over its entries one {@code INDIVIDUAL} or
 * {@code ENTITY} at a time. The StAX reader is hardened: a DOCTYPE is refused outright (label
 * {@code refuseDoctype}), so no external entity is ever fetched (XXE) and no internal entity is ever
 * declared, let alone expanded (billion laughs). Any fault of the XML itself fails naming the file,
 * the line and the innermost open element.
 */
final class UnXmlReader implements AutoCloseable {

    static final String ROOT = "CONSOLIDATED_LIST";
    /** The list is five elements deep; a far deeper file is an attack on the reader's stack. */
    private static final String MAX_DEPTH = "64";

    private final Path file;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final Deque<String> open = new ArrayDeque<>();
    private String dateGenerated;

    UnXmlReader(Path file) throws IOException {
        this.file = file;
        this.in = new BufferedInputStream(Files.newInputStream(file));
        try {
            // The encoding comes from the XML declaration, as the XML specification wants.
            this.xml = hardenedFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw malformed(e);
        }
    }

    /**
     * A factory per file: JDK factories are not documented as thread-safe. {@code newDefaultFactory}
     * picks the JDK's own parser even when another StAX jar is on the class path, so the settings below
     * mean what they say. That parser always applies the JDK's secure-processing limits (entity
     * expansion, entity size); it offers no switch to turn them off, so there is none to turn on.
     */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // An undeclared "&x;" then surfaces as an event, which next() refuses, rather than as text.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        return factory;
    }

    /** The next {@code INDIVIDUAL} or {@code ENTITY}, or null at the end of the file. */
    XmlElement nextRecord() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                return null;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (open.size() == 1) {
                if (!name.equals(ROOT)) {
                    throw new ListFormatException(file, line(), name,
                            "the root element is " + name + ", not " + ROOT + "; is this the UN consolidated list?");
                }
                dateGenerated = xml.getAttributeValue(null, "dateGenerated");
            } else if (open.size() == 3 && (name.equals("INDIVIDUAL") || name.equals("ENTITY"))) {
                return readElement();
            }
        }
    }

    /** The root's {@code dateGenerated} attribute, once the root has been read; null if absent. */
    String dateGenerated() {
        return dateGenerated;
    }

    /** Reads the element whose start tag was just read, with all it contains. */
    private XmlElement readElement() {
        String name = xml.getLocalName();
        long line = line();
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> children.add(readElement());
                case XMLStreamConstants.END_ELEMENT -> {
                    String t = text.toString().strip().replaceAll("\\s+", " ");
                    return new XmlElement(name, line, t.isEmpty() ? null : t, children);
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    /** The next event, keeping the stack of open elements for error messages and refusing DTDs. */
    private int next() {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> open.push(xml.getLocalName());
            case XMLStreamConstants.END_ELEMENT -> open.pop();
            // refuseDoctype; the reader stands at the DOCTYPE's end, so count back to its first line
            case XMLStreamConstants.DTD -> throw new ListFormatException(file,
                    line() - xml.getText().chars().filter(c -> c == '\n').count(), "DOCTYPE",
                    "a DOCTYPE is refused; the UN list needs none, and a DTD is how external"
                            + " entities (XXE) and entity expansion (billion laughs) get in");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new ListFormatException(file, line(), open.peek(),
                    "the entity reference &" + xml.getLocalName() + "; is refused");
            default -> {
                // text and the rest are read by the caller
            }
        }
        return event;
    }

    private long line() {
        return xml.getLocation().getLineNumber();
    }

    private ListFormatException malformed(XMLStreamException e) {
        long line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
        String message = e.getMessage();
        int i = message.indexOf("Message: ");
        String reason = i >= 0 ? message.substring(i + "Message: ".length()) : message;
        return new ListFormatException(file, Math.max(line, 0), open.peek(), "unreadable XML (" + reason.strip()
                + "); a damaged XML file cannot be read past the fault, not even leniently", e);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            in.close();
        }
    }
}
