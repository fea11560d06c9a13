package org.neiqin.core.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.registry.CoreModule;

/**
 * {@code neiqin:backup [directory]}: an online backup of the embedded Derby database, taken while Neiqin keeps
 * working (Derby's {@code SYSCS_BACKUP_DATABASE}: a consistent copy as of the moment it started, every transaction
 * committed by then in it). On PostgreSQL it refuses and names the README's way ({@code pg_dump}).
 */
@Service
@Command(scope = "neiqin", name = "backup", description = "Backs up the embedded Derby database while Neiqin runs")
public class BackupCommand implements Action {
    @Reference
    private SecurityService security;
    @Reference
    private CoreDatabase db;

    @Argument(index = 0, name = "directory", description = "where the backup goes (default: backup/<date-time> in "
            + "Karaf's home); the database is copied into it as a directory of its own")
    private String directory;

    @Override
    public Object execute() throws Exception {
        security.require(CoreModule.BACKUP);
        CoreDatabase.Info info = db.info();
        if (!info.product().toLowerCase().contains("derby")) {
            throw new IllegalStateException("this node's database is " + info.product() + ": back it up with pg_dump "
                    + "(README, Backup and restore); neiqin:backup copies the embedded Derby database only");
        }
        Path target = Path.of(directory != null ? directory : System.getProperty("karaf.home", ".") + "/backup/"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
        Files.createDirectories(target);
        long start = System.nanoTime();
        db.jdbc().update("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)", target.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("backed up " + info.url() + " to " + target + " (" + size(target) / 1024 + " KB, "
                + millis + " ms); to restore it, stop Neiqin and put its directory in place of data/neiqin/derby "
                + "(README, Backup and restore)");
        return null;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
