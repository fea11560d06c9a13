/**
 * Forms described once: a record whose components carry {@link org.neiqin.api.form.Spec} is
 * bound from text (console form, CSV row), checked, printed, compared for history and copied to
 * and from entities by {@link org.neiqin.api.form.Forms}, and drawn as console fields by
 * {@link org.neiqin.api.form.Labels}. Every module uses it, so the same input gets the same
 * answer through REST, console, shell and import.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.neiqin.api.form;
