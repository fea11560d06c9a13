package org.neiqin.api.credit;

import java.util.Optional;

import org.neiqin.api.error.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module that can put a customer on credit stop (invoicing's collection ladder, at the step set to
 * stop): while it says so, every credit check of the customer comes out {@link CreditCheck.Verdict#STOPPED}, so that
 * new orders and deliveries wait for a manager. Answered with no regard to the current user's permissions.
 *
 * @since 0.2
 */
@ConsumerType
public interface CreditStop {
    /** @return why the customer is on credit stop, for the reviewer and the customer card; empty when not */
    Optional<Text> stop(long customerId);
}
