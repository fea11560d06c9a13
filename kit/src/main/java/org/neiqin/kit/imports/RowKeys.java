package org.neiqin.kit.imports;

import java.nio.charset.StandardCharsets;

/**
 * Which row of an imported file first had a key (a customer's name, a product's code), to report a
 * later row with the same key: a table of 64-bit digests of the keys, not of the keys themselves, so
 * a file of a million rows is checked in at most 50 MB whatever its texts' lengths. The chance that two
 * different keys of a million-row file share a digest (and are reported as the same) is about one in
 * thirty million.
 */
public final class RowKeys {
    private long[] digests = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    /**
     * @param row the row the key is on, counting from 1
     * @return the earlier row with this key, or 0 when there is none (and the key is now on {@code row})
     */
    public int putIfAbsent(String key, int row) {
        if (row <= 0) {
            throw new IllegalArgumentException("rows count from 1: " + row);
        }
        if (size * 2 >= digests.length) {
            grow();
        }
        long d = digest(key);
        int mask = digests.length - 1;
        for (int i = (int) (d ^ (d >>> 32)) & mask;; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                digests[i] = d;
                rows[i] = row;
                size++;
                return 0;
            }
            if (digests[i] == d) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldDigests = digests;
        int[] oldRows = rows;
        digests = new long[oldDigests.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = digests.length - 1;
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] != 0) {
                long d = oldDigests[j];
                int i = (int) (d ^ (d >>> 32)) & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                digests[i] = d;
                rows[i] = oldRows[j];
            }
        }
    }

    /** FNV-1a over the key's UTF-8 bytes, then mixed (SplitMix64's finaliser) so that table slots spread. */
    private static long digest(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
