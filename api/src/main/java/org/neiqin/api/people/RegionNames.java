package org.neiqin.api.people;

import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The sales regions as the office calls them ({@code etc/org.neiqin.regions.cfg}: {@code LN = 辽宁 | Liaoning}), for a
 * page that is no console page (the public inquiry form) or a check that a region is one the company works.
 *
 * @since 0.2
 */
@ProviderType
public interface RegionNames {
    /** @return the regions named (not their routes), code → name in {@code locale}, by code */
    Map<String, String> regions(Locale locale);

    /** @return the name of a region or route in {@code locale}, else the code */
    String name(String code, Locale locale);
}
