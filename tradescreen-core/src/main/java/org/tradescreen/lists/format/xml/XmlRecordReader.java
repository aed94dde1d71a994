package org.tradescreen.lists.format.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListFormatException;

/**
 * Streams an XML list file and hands over its records one at a time (UN {@code INDIVIDUAL}, EU
 * {@code sanctionEntity}, UK {@code Designation}), each read into an {@link XmlElement} tree. The root's
 * attributes and the text of its other simple children ({@code <DateGenerated>}) are kept for the caller.
 * The StAX reader is hardened: a DOCTYPE is refused outright (label {@code refuseDoctype}), so no external
 * entity is ever fetched (XXE) and no internal entity is ever declared, let alone expanded (billion laughs).
 * Any fault of the XML itself fails naming the file, the line and the innermost open element.
 */
public final class XmlRecordReader implements AutoCloseable {

    /** Lists are a few elements deep; a far deeper file is an attack on the reader's stack. */
    private static final String MAX_DEPTH = "64";

    private final Path file;
    private final String root;
    private final String listName;
    private final Set<String> records;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final Deque<String> open = new ArrayDeque<>();
    private final Map<String, String> rootAttributes = new HashMap<>();
    private final Map<String, String> header = new LinkedHashMap<>();

    /**
     * @param root     the local name the document element must have
     * @param listName what the file should be, for the message when the root is wrong
     * @param records  the local names of record elements, at any depth below the root
     */
    public XmlRecordReader(Path file, String root, String listName, Set<String> records) throws IOException {
        this.file = file;
        this.root = root;
        this.listName = listName;
        this.records = Set.copyOf(records);
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

    /** The next record, or null at the end of the file. */
    public @Nullable XmlElement nextRecord() {
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
                if (!name.equals(root)) {
                    throw new ListFormatException(file, line(), name,
                            "the root element is " + name + ", not " + root + "; is this " + listName + "?");
                }
                rootAttributes.putAll(attributes());
            } else if (records.contains(name)) {
                return readElement();
            } else if (open.size() == 2) {
                XmlElement record = readHeader(name);
                if (record != null) {
                    return record;
                }
            }
        }
    }

    /** An attribute of the root element, once the root has been read; null if absent or blank. */
    public @Nullable String rootAttribute(String name) {
        return rootAttributes.get(name);
    }

    /** The text of a simple child of the root read so far ({@code <DateGenerated>}); null if none. */
    public @Nullable String header(String name) {
        return header.get(name);
    }

    /**
     * A child of the root that is not a record: its text, if it holds no elements, is a header value. If it
     * does, it is a container such as the UN's {@code <INDIVIDUALS>}; its first record, if that is what was
     * just met, is returned, and the caller's loop finds the rest.
     */
    private @Nullable XmlElement readHeader(String name) {
        StringBuilder text = new StringBuilder();
        int depth = open.size();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                return records.contains(xml.getLocalName()) ? readElement() : null;
            } else if (event == XMLStreamConstants.END_ELEMENT && open.size() < depth) {
                String t = collapse(text.toString());
                if (t != null) {
                    header.put(name, t);
                }
                return null;
            }
        }
    }

    /** Reads the element whose start tag was just read, with all it contains. */
    private XmlElement readElement() {
        String name = xml.getLocalName();
        long line = line();
        Map<String, String> attributes = attributes();
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> children.add(readElement());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(name, line, collapse(text.toString()), attributes, children);
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    private Map<String, String> attributes() {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String value = collapse(xml.getAttributeValue(i));
            if (value != null) {
                out.put(xml.getAttributeLocalName(i), value);
            }
        }
        return out;
    }

    private static @Nullable String collapse(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** The next event, keeping the stack of open elements for error messages and refusing DTDs. */
    private int next() {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (RuntimeException e) {
            // The JDK's parser can fail on its own at some damage: at a bad character in a DOCTYPE it looks up a
            // message its resource bundle lacks (MissingResourceException: InvalidCharInDTD). Still the file's fault.
            throw new ListFormatException(file, Math.max(line(), 0), open.peek(), "unreadable XML (" + e.getMessage()
                    + "); a damaged XML file cannot be read past the fault, not even leniently", e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> open.push(xml.getLocalName());
            case XMLStreamConstants.END_ELEMENT -> open.pop();
            // refuseDoctype; the reader stands at the DOCTYPE's end, so count back to its first line
            case XMLStreamConstants.DTD -> throw new ListFormatException(file,
                    line() - xml.getText().chars().filter(c -> c == '\n').count(), "DOCTYPE",
                    "a DOCTYPE is refused; no list file needs one, and a DTD is how external"
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
