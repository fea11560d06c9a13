package org.neiqin.kit.form;

import static org.neiqin.kit.form.RecordAccess.components;
import static org.neiqin.kit.form.RecordAccess.construct;
import static org.neiqin.kit.form.RecordAccess.field;
import static org.neiqin.kit.form.RecordAccess.get;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;

import org.neiqin.api.money.Money;
/** A record carried to and from the same-named fields of an entity, amounts beside the entity's currency. */
final class EntityFields {
    private EntityFields() {
    }

    /**
     * Copies the record's fields onto the same-named fields of an entity; an amount onto its {@code BigDecimal}
     * column, when it is in the entity's {@value Forms#CURRENCY} (set that first).
     *
     * @throws ValidationException naming every amount in another currency (nothing is copied then)
     */
    static void copy(Record from, Object entity) {
        if (java.util.Arrays.stream(components(from.getClass())).anyMatch(c -> c.getType() == Money.class)) {
            Forms.require(Forms.inCurrency(from, currency(entity)));
        }
        for (RecordComponent c : components(from.getClass())) {
            Object v = get(from, c);
            try {
                field(entity.getClass(), c.getName()).set(entity, v instanceof Money m ? m.amount() : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("entity " + entity.getClass().getSimpleName() + " lacks " + c.getName(), e);
            }
        }
    }

    /** Reads a record back from the same-named fields of an entity; an amount in the entity's currency. */
    static <R extends Record> R read(Class<R> type, Object entity) {
        RecordComponent[] parts = components(type);
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                args[i] = field(entity.getClass(), parts[i].getName()).get(entity);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("entity lacks " + parts[i].getName(), e);
            }
            Spec spec = parts[i].getAnnotation(Spec.class);
            if (args[i] instanceof BigDecimal amount && parts[i].getType() == Money.class) {
                args[i] = Money.of(amount, currency(entity));
            } else if (args[i] instanceof BigDecimal q && spec != null && spec.kind() == Spec.Kind.QUANTITY) {
                // a quantity reads as it was typed (12.5, not the column's 12.5000), in the form, the history and REST
                BigDecimal plain = q.stripTrailingZeros();
                args[i] = plain.scale() < 0 ? plain.setScale(0) : plain;
            }
        }
        return construct(type, args);
    }

    /** @return the currency an entity's amounts are in (its {@value Forms#CURRENCY} field) */
    private static String currency(Object entity) {
        try {
            Object c = field(entity.getClass(), Forms.CURRENCY).get(entity);
            if (c == null) {
                throw new IllegalStateException(entity.getClass().getSimpleName() + " has no currency yet: set it first");
            }
            return c.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("entity " + entity.getClass().getSimpleName() + " keeps amounts but no "
                    + Forms.CURRENCY, e);
        }
    }
}
