package org.neiqin.api.console;

/**
 * A piece of a page. The toolkit renders each kind; a module cannot put raw HTML on a page,
 * so every value it shows is escaped. {@link RecordHeader} and {@link Timeline} since 0.8.
 *
 * @since 0.1
 */
public sealed interface Block permits Heading, Paragraph, Notice, Links, Properties, Table, Form, Chart, AuditTrail,
        RecordHeader, Timeline {
}
