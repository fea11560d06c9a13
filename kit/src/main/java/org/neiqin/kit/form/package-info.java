/**
 * Forms described once: a record whose components carry {@link org.neiqin.kit.form.Spec} is
 * bound from text (console form, CSV row), checked, printed, compared for history and copied to
 * and from entities by {@link org.neiqin.kit.form.Forms}, and drawn as console fields by
 * {@link org.neiqin.kit.form.Labels}. Every module uses it, so the same input gets the same
 * answer through REST, console, shell and import.
 *
 * @since 0.1 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.6.0")
package org.neiqin.kit.form;
