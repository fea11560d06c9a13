package org.neiqin.api.audit;

/**
 * What happened to the entity.
 *
 * @since 0.1
 */
public enum AuditAction {
    CREATE, UPDATE, TRANSITION, ARCHIVE, DELETE, EXPORT, REVIEW, IMPORT
}
