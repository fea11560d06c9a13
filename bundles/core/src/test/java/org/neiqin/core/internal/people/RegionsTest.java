package org.neiqin.core.internal.people;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import java.util.Map;

import org.junit.Test;

public class RegionsTest {
    private final Regions regions = new Regions(Map.of("LN", "辽宁 | Liaoning", "LN.SY", "沈阳 | Shenyang", "HK", "香港",
            "service.pid", "org.neiqin.regions"));

    @Test
    public void aRegionAndARouteReadInTheReadersLanguageAndAnUnknownCodeAsItself() {
        assertEquals("辽宁", regions.name("LN", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Liaoning", regions.name("LN", Locale.ENGLISH));
        assertEquals("Shenyang", regions.name("LN.SY", Locale.ENGLISH));
        assertEquals("a route counted on its own", "沈阳", regions.name("SY", Locale.SIMPLIFIED_CHINESE));
        assertEquals("one name serves both languages", "香港", regions.name("HK", Locale.ENGLISH));
        assertEquals("XJ", regions.name("XJ", Locale.ENGLISH));
        assertEquals("KS", regions.name("XJ.KS", Locale.ENGLISH));
        assertEquals("", regions.name(null, Locale.ENGLISH));
        assertEquals("the regions, not their routes nor the configuration's own keys",
                Map.of("HK", "香港", "LN", "Liaoning"), regions.regions(Locale.ENGLISH));
    }
}
