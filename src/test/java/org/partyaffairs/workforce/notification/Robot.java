package org.partyaffairs.workforce.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A group robot on a local port, as WeCom and DingTalk answer: {@code {"errcode":0,"errmsg":"ok"}}. */
final class Robot implements AutoCloseable {

  private final HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

  Robot() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/cgi-bin/webhook/send", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
          + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
      byte[] body = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/cgi-bin/webhook/send?key=test-key";
  }

  /** What the robot answers from now on, e.g. an error code. */
  void answer(String json) {
    answer = json;
  }

  List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
