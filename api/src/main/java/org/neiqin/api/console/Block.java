package org.neiqin.api.console;

/**
 * A piece of a page. The toolkit renders each kind; a module cannot put raw HTML on a page,
 * so every value it shows is escaped.
 *
 * @since 0.1
 */
public sealed interface Block permits Heading, Paragraph, Notice, Links, Properties, Table, Form, Chart, AuditTrail {
}
