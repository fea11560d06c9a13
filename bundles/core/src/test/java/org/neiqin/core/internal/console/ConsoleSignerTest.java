package org.neiqin.core.internal.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.junit.Test;

public class ConsoleSignerTest {
    private static final byte[] KEY = "a key every node shares, 32 byte".getBytes();

    @Test
    public void twoNodesWithTheSharedKeyAcceptEachOthersTokensAndMessages() {
        ConsoleSigner one = new ConsoleSigner(() -> KEY);
        ConsoleSigner other = new ConsoleSigner(() -> KEY.clone());
        assertTrue(other.isCsrf("manager", one.csrf("manager")));
        assertEquals("已保存 — saved", other.open(one.seal("已保存 — saved")));
    }

    @Test
    public void anotherUsersTokenAForgeryOrAnotherKeyIsRefused() {
        ConsoleSigner one = new ConsoleSigner(() -> KEY);
        assertFalse(one.isCsrf("manager", one.csrf("assistant")));
        assertFalse(one.isCsrf("manager", "forged"));
        assertFalse(one.isCsrf("manager", null));
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        ConsoleSigner stranger = new ConsoleSigner(() -> otherKey);
        assertNotEquals(one.csrf("manager"), stranger.csrf("manager"));
        assertFalse(stranger.isCsrf("manager", one.csrf("manager")));
        assertNull("a message this console did not seal is not shown", stranger.open(one.seal("saved")));
        String sealed = one.seal("saved");
        assertNull(one.open("c2F2ZWQ" + sealed.substring(sealed.indexOf('.')).replace('A', 'B') + "x"));
        assertNull(one.open("no dot"));
    }
}
