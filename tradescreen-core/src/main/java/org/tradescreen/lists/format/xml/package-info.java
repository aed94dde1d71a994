/**
 * The hardened streaming reader shared by the XML list formats (UN, EU FSF, UK Sanctions List): one record at
 * a time as a small tree of elements with their attributes, DOCTYPEs and entity references refused.
 */
@NullMarked
package org.tradescreen.lists.format.xml;

import org.jspecify.annotations.NullMarked;
