package org.tradescreen.review;

/** A person who reviews, by name, with their role. */
public record User(String name, Role role) {
}
