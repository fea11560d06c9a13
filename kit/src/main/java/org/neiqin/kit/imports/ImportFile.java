package org.neiqin.kit.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * A file a user uploads to import, kept on disk while the import reads it, as often as it needs
 * (a dry run, then the import itself): memory holds one row at a time, whatever the file's size.
 * What it holds is read as {@link ImportRows} says: an {@code .xlsx} workbook's first sheet, or CSV
 * text in the encoding {@link ImportText} finds. Close it to delete the copy.
 */
public final class ImportFile implements AutoCloseable {
    /** The largest file read: 256 MiB, far more than a million customer rows in CSV. */
    public static final long MAX_BYTES = 256L << 20;

    private final Path path;
    private final long size;

    private ImportFile(Path path, long size) {
        this.path = path;
        this.size = size;
    }

    /**
     * Copies an upload to a temporary file as it arrives.
     *
     * @throws ValidationException (field {@code file}) when it is larger than {@value #MAX_BYTES} bytes
     */
    public static ImportFile spool(InputStream upload) {
        return spool(upload, MAX_BYTES);
    }

    static ImportFile spool(InputStream upload, long maxBytes) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("neiqin-import-", ".upload");
            long n = 0;
            byte[] buf = new byte[65536];
            try (InputStream in = upload == null ? InputStream.nullInputStream() : upload;
                    OutputStream out = Files.newOutputStream(tmp)) {
                for (int r; (r = in.read(buf)) >= 0;) {
                    n += r;
                    if (n > maxBytes) {
                        throw new ValidationException("file", "size", Text.of("import.file.tooLarge",
                                "the file is larger than {0} MB; split it into several files", maxBytes >> 20));
                    }
                    out.write(buf, 0, r);
                }
            }
            return new ImportFile(tmp, n);
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** @see #spool(InputStream) of a file already in memory (a console form's, or pasted text) */
    public static ImportFile of(byte[] data) {
        return spool(new java.io.ByteArrayInputStream(data));
    }

    /** @return where the copy is, for tests */
    Path path() {
        return path;
    }

    /** @return the file's size in bytes */
    public long size() {
        return size;
    }

    /**
     * Reads the file's rows, handing each on as it is read.
     *
     * @param charset the CSV's character set when the user names it, else null
     * @param all gets the cells of each row, the header first; a blank row keeps its place
     * @return how the file was read: {@code xlsx}, or the CSV's encoding ({@code UTF-8}, {@code GB18030} ...)
     * @throws ValidationException (field {@code file}) for a file that is neither a workbook nor readable
     *         text, or holds more than {@link ImportLimits} allow; (field {@code charset}) for a charset this server
     *         does not know
     * @throws CsvText.Unterminated for a CSV cell in quotes that never closes; the rows before it have
     *         been handed on
     */
    public String rows(String charset, Consumer<List<String>> all) {
        Consumer<List<String>> rows = ImportLimits.bounded(all);
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ImportText.isXlsx(head)) {
            WorkbookRows.read(path.toFile(), rows);
            return "xlsx";
        }
        if (ImportText.isXls(head)) {
            throw new ValidationException("file", "format", Text.of("import.file.xls",
                    "this is an old Excel workbook (.xls): save it as .xlsx, or as CSV"));
        }
        ImportText.Encoding encoding = ImportText.detect(this::open, charset);
        try (Reader text = encoding.reader(open())) {
            CsvText.read(text, rows);
        } catch (CharacterCodingException e) {
            // detect read the same bytes through the same decoder; only a file changed under us gets here
            throw new ValidationException("file", "encoding", Text.of("import.charset.wrong",
                    "the file is not {0} text", encoding.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return encoding.name();
    }

    private InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path), 65536);
    }

    /** Deletes the copy. */
    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }
}
