/**
 * The people behind the logins as the office knows them: name, e-mail, grade, region and department, read from
 * {@code etc/org.neiqin.people.cfg}. Expense claims judge travel by a person's grade and charge budgets by their region
 * and department.
 *
 * @since 0.3
 */
@Version("0.2.0")
package org.neiqin.api.people;

import org.osgi.annotation.versioning.Version;
