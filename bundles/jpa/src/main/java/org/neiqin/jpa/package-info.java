/**
 * Shared by the persistence units of business modules. A module names
 * {@link org.neiqin.jpa.DialectResolver} in its {@code persistence.xml}
 * ({@code hibernate.dialect_resolvers}) and imports this package.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.neiqin.jpa;
