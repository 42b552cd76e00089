package org.partyaffairs.workforce.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link on loopback between the application and its database that a test can cut and mend, as
 * a network outage does: cut, every open connection is reset and new ones are refused at once;
 * mended, connections pass again. The database itself keeps running (other tests share it).
 */
public final class CuttableLink implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket server;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean cut;

  public CuttableLink(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "cuttable-link");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Resets every open connection and refuses new ones until {@link #mend}. */
  public void cut() {
    cut = true;
    for (Socket socket : open) {
      reset(socket);
    }
    open.clear();
  }

  public void mend() {
    cut = false;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cut) {
          reset(client);
          continue;
        }
        Socket database = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(database);
        pump(client, database);
        pump(database, client);
      } catch (IOException e) {
        // The server closed, or the database refused: the client sees its connection end.
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int read; (read = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException ended) {
        // One side went away: close both.
      } finally {
        reset(from);
        reset(to);
      }
    }, "cuttable-link-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0); // RST, as a dropped link looks to the driver
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cut();
  }
}
