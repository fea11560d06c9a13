package org.neiqin.api.crm;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module that knows something about customers (contracts: open orders;
 * invoicing: outstanding receivables …). The customer card shows the figures, and the credit
 * exposure report adds up those marked {@link CustomerFigure#outstanding()} — without crm knowing
 * the module.
 *
 * @since 0.1
 */
@ConsumerType
public interface CustomerFigureProvider {
    List<CustomerFigure> figures(long customerId, Locale locale);
}
