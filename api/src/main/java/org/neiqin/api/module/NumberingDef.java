package org.neiqin.api.module;

import org.neiqin.api.numbering.ResetPeriod;

/**
 * The default numbering of one document type; {@code etc/org.neiqin.numbering.cfg} may override
 * {@code <type>.pattern} and {@code <type>.reset}.
 *
 * @param documentType e.g. {@code contracts.order}
 * @param pattern e.g. {@code {region}-{city}-NO.{seq:4}}; see {@link org.neiqin.api.numbering.NumberingService}
 * @param reset when the counter starts again at 1
 * @since 0.1
 */
public record NumberingDef(String documentType, String pattern, ResetPeriod reset) {
}
