package org.tradescreen.lists.format.un;

import java.util.List;
import java.util.Objects;

/**
 * One element of a UN list entry, read into memory with its children: only one {@code INDIVIDUAL} or
 * {@code ENTITY} is held at a time, so memory stays small however long the file is. {@code text} is the
 * element's own text with runs of white space collapsed (the UN wraps long values over several lines),
 * or null when blank; {@code line} is where the element starts, for error messages.
 */
record XmlElement(String name, long line, String text, List<XmlElement> children) {

    XmlElement {
        children = List.copyOf(children);
    }

    /** The first child with this name, or null. */
    XmlElement child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }

    /** The text of the first child with this name, or null when absent or blank. */
    String text(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text;
    }

    /** All children with this name, in document order. */
    List<XmlElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The texts of the {@code VALUE} elements under a child, as in {@code <NATIONALITY><VALUE>…}. */
    List<String> values(String childName) {
        return all(childName).stream()
                .flatMap(c -> c.all("VALUE").stream())
                .map(XmlElement::text)
                .filter(Objects::nonNull)
                .toList();
    }
}
