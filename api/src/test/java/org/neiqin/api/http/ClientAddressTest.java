package org.neiqin.api.http;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ClientAddressTest {
    private static final List<ClientAddress.Range> LOCAL = List.of(ClientAddress.Range.parse("127.0.0.1"),
            ClientAddress.Range.parse("10.0.0.0/8"));

    @Test
    public void aHeaderFromAnyoneButATrustedProxyIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", LOCAL));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", null, LOCAL));
    }

    @Test
    public void behindTrustedProxiesTheFirstUntrustedHopIsTheClient() {
        assertEquals("203.0.113.9", ClientAddress.of("127.0.0.1", "203.0.113.9", LOCAL));
        // a client writing a header of its own: nginx appends what it saw, the forged part is left of it
        assertEquals("203.0.113.9", ClientAddress.of("127.0.0.1", "1.2.3.4, 203.0.113.9", LOCAL));
        assertEquals("203.0.113.9", ClientAddress.of("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3", LOCAL));
        assertEquals("a proxy's word that is no address: the last trusted hop", "127.0.0.1",
                ClientAddress.of("127.0.0.1", "unknown", LOCAL));
        assertEquals("only proxies: the farthest", "10.0.0.5", ClientAddress.of("127.0.0.1", "10.0.0.5", LOCAL));
    }

    @Test
    public void noNameIsLookedUp() {
        assertEquals(null, ClientAddress.normal("example.com"));
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.normal("::1"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aTrustedProxyIsAnAddress() {
        ClientAddress.Range.parse("proxy.example");
    }
}
