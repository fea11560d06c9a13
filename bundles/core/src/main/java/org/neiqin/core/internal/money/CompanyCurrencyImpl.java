package org.neiqin.core.internal.money;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import org.neiqin.api.money.CompanyCurrency;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company's currency from {@code etc/org.neiqin.money.cfg}: {@code currency}, an ISO 4217 code ({@code CNY} when
 * unset). A value that is not one is logged and the one in force is kept.
 */
@Component(service = CompanyCurrency.class, configurationPid = CompanyCurrencyImpl.PID)
public class CompanyCurrencyImpl implements CompanyCurrency {
    static final String PID = "org.neiqin.money";
    private static final Logger LOG = LoggerFactory.getLogger(CompanyCurrencyImpl.class);

    private volatile String code = "CNY";

    @Activate
    public CompanyCurrencyImpl(Map<String, Object> config) {
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        Object c = config.get("currency");
        if (c == null || String.valueOf(c).isBlank()) {
            code = "CNY";
            return;
        }
        try {
            code = Currency.getInstance(String.valueOf(c).trim().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            LOG.error("etc/{}.cfg: currency = {} is not an ISO 4217 currency code (e.g. CNY); {} stays in force", PID, c,
                    code);
        }
    }

    @Override
    public String code() {
        return code;
    }
}
