/**
 * The contact points of parties and of listed entities (phone numbers, e-mail addresses, web sites, street
 * addresses), written so that they can be compared ({@link org.tradescreen.consign.contact.ContactPoints}), and the
 * index that finds a party by them when its name does not match ({@link org.tradescreen.consign.contact.ContactIndex}).
 */
@NullMarked
package org.tradescreen.consign.contact;

import org.jspecify.annotations.NullMarked;
