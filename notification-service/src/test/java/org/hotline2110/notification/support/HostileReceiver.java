package org.hotline2110.notification.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver that misbehaves, at the TCP level, on {@link WebhookReceiver#ALLOWED}: it accepts every
 * connection and then trickles, floods or says nothing, as its {@link Behaviour} says, until the caller gives up.
 */
public final class HostileReceiver implements AutoCloseable {

    public enum Behaviour {
        /** Sends its status line one byte every five seconds: never idle for long, never done. */
        TRICKLE,
        /** Answers 503 at once, then a chunked body that never ends (about 100 KiB/s). */
        ENDLESS_BODY,
        /** Accepts the connection, reads the request, never answers. */
        SILENT
    }

    private static final byte[] STATUS_LINE = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDLESS_HEAD = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private final Behaviour behaviour;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(run -> {
        Thread thread = new Thread(run, "hostile-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    public HostileReceiver(Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            server = new ServerSocket(0, 50, InetAddress.getByName(WebhookReceiver.ALLOWED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    public String url() {
        return "http://" + WebhookReceiver.ALLOWED + ":" + server.getLocalPort() + "/hook";
    }

    /** Connections accepted so far: one per attempt. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                threads.execute(() -> misbehave(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void misbehave(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            in.read(new byte[64 * 1024]);
            switch (behaviour) {
                case TRICKLE -> {
                    for (byte b : STATUS_LINE) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(5_000);
                    }
                }
                case ENDLESS_BODY -> {
                    out.write(ENDLESS_HEAD);
                    byte[] chunk = ("400\r\n" + "x".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    while (true) {
                        out.write(chunk);
                        out.flush();
                        Thread.sleep(10);
                    }
                }
                case SILENT -> {
                    while (in.read() >= 0) {
                        // keeps the connection open, answering nothing, until the caller hangs up
                    }
                }
            }
        } catch (IOException hungUp) {
            // the caller gave up: what a hostile receiver wants to make it do as late as it can
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
        threads.shutdownNow();
    }
}
