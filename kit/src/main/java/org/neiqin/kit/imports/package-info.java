/**
 * Reading the files users import (customers today; plans, budgets and price lists next): the text
 * of a CSV in whatever encoding an office's Excel saved it, or of an .xlsx workbook, read as it streams.
 *
 * @since 0.2 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.neiqin.kit.imports;
