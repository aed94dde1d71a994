/**
 * Reading manifests as a stream of records, one consignment at a time: JSON lines or flat CSV
 * ({@link org.tradescreen.consign.manifest.Manifest}), each record a consignment or the error that kept it from being
 * read ({@link org.tradescreen.consign.manifest.ManifestRecord}), with the standards a manifest's fields are checked
 * against ({@link org.tradescreen.consign.manifest.Standards}).
 */
@NullMarked
package org.tradescreen.consign.manifest;

import org.jspecify.annotations.NullMarked;
