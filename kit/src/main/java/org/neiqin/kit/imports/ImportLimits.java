package org.neiqin.kit.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * What one imported file may hold, checked as it is read, so that no file — however it was made — makes the server
 * hold more than one bounded row (and a workbook's shared texts): a cell as long as Excel allows, a row as wide as
 * Excel allows, 200 000 rows besides the header (one import is one transaction: a larger file is split), and a
 * workbook that unpacks to at most {@value #MAX_PART_MB} MB a part and {@value #MAX_UNPACKED_MB} MB in all (a "zip
 * bomb" of a few kilobytes is refused after reading that much, not when the memory runs out). Any file Excel saves
 * within the row limit passes. Each refusal is in field {@code file}, and nothing is stored.
 */
public final class ImportLimits {
    /** Excel's own limit of characters in a cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Excel's own number of columns (A … XFD). */
    public static final int MAX_CELLS = 16_384;
    /** The rows of one file, its header and blank rows included. */
    public static final int MAX_ROWS = 200_001;
    /** What one part of a workbook (a sheet, its shared texts) may unpack to, in MB. */
    public static final int MAX_PART_MB = 256;
    /** What a whole workbook may unpack to, in MB. */
    public static final int MAX_UNPACKED_MB = 768;

    private ImportLimits() {
    }

    /** @return {@code rows}, refusing a row too wide or with a cell too long, and a file of too many rows */
    static Consumer<List<String>> bounded(Consumer<List<String>> rows) {
        int[] count = {0};
        return cells -> {
            count[0]++;
            if (count[0] > MAX_ROWS) {
                throw tooManyRows();
            }
            if (cells.size() > MAX_CELLS) {
                throw tooWide(count[0]);
            }
            for (String c : cells) {
                if (c != null && c.length() > MAX_CELL_CHARS) {
                    throw tooLong(count[0]);
                }
            }
            rows.accept(cells);
        };
    }

    static ValidationException tooManyRows() {
        return new ValidationException("file", "size", Text.of("import.file.rows",
                "the file has more than {0} rows; split it into several files", MAX_ROWS - 1));
    }

    static ValidationException tooWide(int row) {
        return new ValidationException("file", "size", Text.of("import.file.wide",
                "row {0} has more than {1} cells, more than Excel holds", row, MAX_CELLS));
    }

    static ValidationException tooLong(int row) {
        return new ValidationException("file", "size", Text.of("import.file.cell",
                "row {0} has a cell longer than {1} characters, more than Excel holds", row, MAX_CELL_CHARS));
    }

    /**
     * Unpacks every part of a workbook (without keeping it) and refuses one that unpacks to more than the limits,
     * before the workbook is read.
     *
     * @throws ValidationException (field {@code file}) when it unpacks to too much, or is no zip archive
     */
    static void checkUnpacked(File workbook) {
        long total = 0;
        long part = (long) MAX_PART_MB << 20;
        long all = (long) MAX_UNPACKED_MB << 20;
        byte[] buf = new byte[65536];
        try (ZipFile zip = new ZipFile(workbook)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry e = entries.nextElement();
                long n = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int r; (r = in.read(buf)) >= 0;) {
                        n += r;
                        total += r;
                        if (n > part || total > all) {
                            throw new ValidationException("file", "size", Text.of("import.workbook.unpacked",
                                    "the workbook unpacks to more than {0} MB ({1} MB a part): save it as CSV, which is"
                                            + " read a row at a time, or split it", MAX_UNPACKED_MB, MAX_PART_MB));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw WorkbookRows.unreadable(e);
        }
    }
}
