package org.neiqin.logistics.internal;

/** A proof-of-delivery scan as uploaded: the customer's signed copy of a note. */
public record Proof(String fileName, String contentType, byte[] content) {
}
