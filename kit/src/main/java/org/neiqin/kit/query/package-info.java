/**
 * Filtered lists read a page at a time: {@link org.neiqin.kit.query.ListQuery} builds the JPQL
 * filter once and decides when the size of the list is worth counting; the module runs the
 * queries with its own {@code EntityManager}, so this package needs no persistence library.
 *
 * @since 0.1 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.neiqin.kit.query;
