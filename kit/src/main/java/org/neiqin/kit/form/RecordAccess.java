package org.neiqin.kit.form;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/** A record's components, canonical constructor and an entity's same-named fields, looked up once per class. */
final class RecordAccess {
    private RecordAccess() {
    }

    static Object get(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> R construct(Class<R> type, Object[] args) {
        try {
            return (R) CANONICAL.get(type).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // Looked up once per class: a list page reads fifty cards of fifty fields, and each lookup
    // copies the class's reflection data (it was a tenth of a REST list's time).
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getDeclaredConstructor(Arrays.stream(components(type)).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new java.util.HashMap<>();
            for (Field f : type.getDeclaredFields()) {
                f.setAccessible(true);
                fields.put(f.getName(), f);
            }
            return fields;
        }
    };

    /** @return the record's components, shared: callers must not change the array */
    static RecordComponent[] components(Class<?> recordType) {
        return COMPONENTS.get(recordType);
    }

    static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = FIELDS.get(type).get(name);
        if (f == null) {
            throw new NoSuchFieldException(name);
        }
        return f;
    }
}
