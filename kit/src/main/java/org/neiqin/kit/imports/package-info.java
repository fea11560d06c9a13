/**
 * Reading the files users import (customers today; plans, budgets and price lists next): the text
 * of a CSV in whatever encoding an office's Excel saved it.
 *
 * @since 0.2 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.neiqin.kit.imports;
