package org.neiqin.testing;

/** The test users, one per role, as {@code etc/users.properties} entries (user, "password,roles..."). */
public final class Users {
    public static final String[][] ALL = {
        {"admin", "admin,admin,neiqin-admin"},
        {"assistant", "assistant,neiqin-assistant"},
        {"assistant2", "assistant2,neiqin-assistant"},
        {"manager", "manager,neiqin-manager"},
        {"manager2", "manager2,neiqin-manager"},
        {"sales", "sales,neiqin-sales"},
        {"finance", "finance,neiqin-finance"},
        {"warehouse", "warehouse,neiqin-warehouse"},
        {"planning", "planning,neiqin-planning"},
        {"auditor", "auditor,neiqin-auditor"},
        {"outsider", "outsider"},
    };

    private Users() {
    }
}
