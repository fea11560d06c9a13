/**
 * The storage plumbing every business module needs and none should write again: a module's
 * {@link org.neiqin.kit.store.Store} runs work in a transaction, hands out ids from the module's
 * id run, finds a row or answers 404, loads a row at the version the user saw or answers 409,
 * records an audit entry after flushing, and publishes events that are heard after commit.
 *
 * @since 0.1 (of the kit)
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.neiqin.kit.store;
