/**
 * What a module's console pages share beyond the API's page model: the actions a page's forms
 * send, declared once with their handlers.
 *
 * @since 0.2 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.neiqin.kit.console;
