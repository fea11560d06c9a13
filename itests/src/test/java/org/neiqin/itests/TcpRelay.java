package org.neiqin.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP port that is closed (connections refused, as when a database server is down) until
 * {@link #open()}, then relays every connection to the real server: a database that comes up late.
 */
final class TcpRelay implements AutoCloseable {
    private final int port;
    private final String targetHost;
    private final int targetPort;
    private ServerSocket server;
    private final java.util.Set<Socket> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TcpRelay(String targetHost, int targetPort) throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** @return the port clients are pointed at */
    int port() {
        return port;
    }

    /** Starts listening and relaying. */
    synchronized void open() throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    live.add(client);
                    live.add(upstream);
                    pump(client.getInputStream(), upstream.getOutputStream(), client, upstream);
                    pump(upstream.getInputStream(), client.getOutputStream(), client, upstream);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "tcp-relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private static void pump(InputStream in, OutputStream out, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try {
                for (int n; (n = in.read(buf)) >= 0;) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ended) {
                // one side closed
            } finally {
                try {
                    a.close();
                    b.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }, "tcp-relay");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The server goes away: no new connection is taken (refused, as by a stopped server) and every relayed one is cut,
     * as a database server that stops cuts its sessions. {@link #open()} brings it back.
     */
    synchronized void cut() throws IOException {
        close();
        for (Socket s : live) {
            try {
                s.close();
            } catch (IOException closing) {
                // already gone
            }
        }
        live.clear();
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
