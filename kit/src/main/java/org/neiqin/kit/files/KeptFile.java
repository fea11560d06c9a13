package org.neiqin.kit.files;

/**
 * A file as it was uploaded and as it is handed back.
 *
 * @param fileName the name it is kept under (what the user's file was called, cleaned)
 * @param contentType what its first bytes say it is
 */
public record KeptFile(String fileName, String contentType, byte[] content) {
}
