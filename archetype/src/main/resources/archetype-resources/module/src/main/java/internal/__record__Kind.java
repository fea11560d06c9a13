package ${package}.internal;

/** A choice of the form: its labels are {@code enum.${record}Kind.<NAME>} in the messages. */
public enum ${record}Kind {
    NORMAL,
    URGENT
}
