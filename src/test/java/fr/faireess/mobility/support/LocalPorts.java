package fr.faireess.mobility.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports for the servers the tests start themselves (Payara, MariaDB, Keycloak, the mail catcher). */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** A port nothing listens on at this moment, chosen by the system. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
