package org.retrogistics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * GETs sent from another loopback address (127.0.0.2, 127.0.0.3, ...), so that the application sees another source
 * address; Java 17's HTTP client cannot choose its local address. Used where limits per source address are tried.
 */
public final class LoopbackSource {

    private LoopbackSource() {}

    /** An answer read off the wire. */
    public record Raw(int status, String head, String body) {
        public String header(String name) {
            return head.lines()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A GET of {@code path} on the application at {@code port}, from {@code source}, with an optional Authorization. */
    public static Raw get(String source, int port, String path, String authorization) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, answer.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
