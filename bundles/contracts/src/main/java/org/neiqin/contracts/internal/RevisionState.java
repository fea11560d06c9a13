package org.neiqin.contracts.internal;

/** Where a revision of a document stands: drafted, waiting for review, in force, replaced by a later one, or refused. */
public enum RevisionState { DRAFT, PENDING, IN_FORCE, SUPERSEDED, REJECTED }
