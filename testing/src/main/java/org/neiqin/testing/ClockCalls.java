package org.neiqin.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds, in a class file, the calls that read the server's clock or zone instead of the company clock
 * ({@code LocalDate.now()}, {@code Instant.now()}, {@code ZoneId.systemDefault()}, ...): read from the
 * constant pool, so that a call anywhere in the class is seen without running it.
 */
final class ClockCalls {
    /** {@code owner.name} of the calls business code makes through the company clock instead. */
    static final Set<String> REFUSED = Set.of("java/time/LocalDate.now", "java/time/LocalDateTime.now",
            "java/time/LocalTime.now", "java/time/Instant.now", "java/time/ZonedDateTime.now",
            "java/time/OffsetDateTime.now", "java/time/YearMonth.now", "java/time/Year.now",
            "java/time/ZoneId.systemDefault", "java/time/Clock.systemDefaultZone", "java/time/Clock.systemUTC");

    private ClockCalls() {
    }

    /** @return the refused calls the class makes, as {@code LocalDate.now()} */
    static List<String> in(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[][] refs = new int[count][];
        int[][] nameAndTypes = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 9, 10, 11 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort(), tag};
                case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> out = new ArrayList<>();
        for (int[] ref : refs) {
            if (ref == null || ref[2] == 9) {
                continue;
            }
            String owner = utf8[classNames[ref[0]]];
            String name = utf8[nameAndTypes[ref[1]][0]];
            if (REFUSED.contains(owner + "." + name)) {
                out.add(owner.substring(owner.lastIndexOf('/') + 1) + "." + name + "()");
            }
        }
        return out;
    }
}
