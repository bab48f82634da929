package fr.faireess.mobility.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindNginx = ClientAddress.trusting("127.0.0.1, 10.0.0.0/8, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = ClientAddress.trusting("");
        assertEquals("127.0.0.1", none.of("127.0.0.1", "203.0.113.7"));
        assertEquals("198.51.100.1", ClientAddress.trusting(null).of("198.51.100.1", "203.0.113.7"));
    }

    @Test
    void aConnectionFromAnUntrustedPeerKeepsItsOwnAddressWhateverItClaims() {
        assertEquals("198.51.100.9", behindNginx.of("198.51.100.9", "127.0.0.1"));
    }

    @Test
    void theProxyNamesTheClient() {
        assertEquals("203.0.113.7", behindNginx.of("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", behindNginx.of("127.0.0.1", " 203.0.113.7 "));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", null));
    }

    @Test
    void entriesTypedByTheClientLeftOfTheProxysAreNeverUsed() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it saw.
        assertEquals("203.0.113.7", behindNginx.of("127.0.0.1", "1.2.3.4, 203.0.113.7"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertEquals("203.0.113.7", behindNginx.of("127.0.0.1", "1.2.3.4, 203.0.113.7, 10.1.2.3"));
        // Every hop trusted: the furthest one is the best we know.
        assertEquals("10.9.9.9", behindNginx.of("127.0.0.1", "10.9.9.9, 10.1.2.3"));
    }

    @Test
    void aMalformedEntryStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.1.2.3", behindNginx.of("127.0.0.1", "203.0.113.7, evil.example, 10.1.2.3"));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "<script>"));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "999.1.1.1"));
    }

    @Test
    void rangesAndIpv6() {
        assertTrue(behindNginx.isTrusted("10.255.0.1"));
        assertFalse(behindNginx.isTrusted("11.0.0.1"));
        assertTrue(behindNginx.isTrusted("fd12::1"));
        assertFalse(behindNginx.isTrusted("2001:db8::1"));
        assertEquals("2001:db8::1", behindNginx.of("fd00::5", "2001:db8::1"));
        assertTrue(ClientAddress.trusting("0.0.0.0/0").isTrusted("8.8.8.8"));
        assertTrue(ClientAddress.trusting("172.16.0.0/12").isTrusted("172.31.255.255"));
        assertFalse(ClientAddress.trusting("172.16.0.0/12").isTrusted("172.32.0.0"));
    }

    @Test
    void aNameOrABadRangeInTheSettingIsRefusedNotResolved() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/x"));
    }
}
