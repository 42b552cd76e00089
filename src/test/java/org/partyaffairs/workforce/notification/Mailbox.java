package org.partyaffairs.workforce.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port the application's mail sender was given
 * ({@code spring.mail.port} of the test profile, a random port).
 */
final class Mailbox implements AutoCloseable {

  record Mail(String to, String subject, String body) {
  }

  private final GreenMail server;

  private Mailbox(int port) {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  static Mailbox open(int port) {
    return new Mailbox(port);
  }

  /** The mails received for this address, decoded. */
  List<Mail> to(String address) {
    return Arrays.stream(server.getReceivedMessages()).map(Mailbox::read).filter(mail -> mail.to().equals(address))
        .toList();
  }

  private static Mail read(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      return new Mail(to == null ? "" : to[0].toString(), message.getSubject(), String.valueOf(message.getContent()));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
