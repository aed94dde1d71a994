package org.tradescreen.lists.format.xml;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One element of a list record, read into memory with its attributes and children: only one record is held
 * at a time, so memory stays small however long the file is. {@code text} is the element's own text with runs
 * of white space collapsed (lists wrap long values over several lines and pad them), or null when blank;
 * attribute values are stripped the same way, and blank ones read as absent. {@code line} is where the element
 * starts, for error messages. Names are local names: a namespace changes nothing here.
 */
public record XmlElement(String name, long line, @Nullable String text, Map<String, String> attributes,
                         List<XmlElement> children) {

    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** An attribute's value, or null when absent or blank. */
    public @Nullable String attr(String attribute) {
        return attributes.get(attribute);
    }

    /** The first child with this name, or null. */
    public @Nullable XmlElement child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }

    /** The text of the first child with this name, or null when absent or blank. */
    public @Nullable String text(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text;
    }

    /** All children with this name, in document order. */
    public List<XmlElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The texts of the {@code item} elements under the {@code container} children, as in {@code <DOBs><DOB>…}. */
    public List<String> texts(String container, String item) {
        return all(container).stream()
                .flatMap(c -> c.all(item).stream())
                .map(XmlElement::text)
                .filter(Objects::nonNull)
                .toList();
    }
}
