package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceUriTest {

    @Test
    void parsesEveryKind() {
        SourceUri client = SourceUri.parse("tcp://127.0.0.1:10110");
        assertEquals(SourceUri.Kind.TCP_CLIENT, client.kind());
        assertEquals("127.0.0.1", client.host());
        assertEquals(10110, client.port());

        SourceUri listen = SourceUri.parse("tcp-listen://:5631");
        assertEquals(SourceUri.Kind.TCP_LISTEN, listen.kind());
        assertNull(listen.host());
        assertEquals(5631, listen.port());

        SourceUri udp = SourceUri.parse("udp://127.0.0.1:0");
        assertEquals(SourceUri.Kind.UDP, udp.kind());
        assertEquals(0, udp.port());

        SourceUri file = SourceUri.parse("file:///data/feed.nmea.gz?speed=0");
        assertEquals(SourceUri.Kind.FILE, file.kind());
        assertEquals(Path.of("/data/feed.nmea.gz"), file.file());
        assertEquals(0, file.speedFactor());
        assertEquals(1, SourceUri.parse("file:///data/feed.nmea").speedFactor());
    }

    @Test
    void refusesWhatCannotRunWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("serial:///dev/ttyS0"))
                .getMessage().contains("unknown source scheme"));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("tcp://:10110"));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("tcp://host"));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("tcp://host:99999"));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("file:///x?speed=-1"));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("file:///x?rate=2"));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse(""));
        assertThrows(IllegalArgumentException.class, () -> SourceUri.parse("tcp://a b:1"));
    }
}
