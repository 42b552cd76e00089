package org.partyaffairs.workforce.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The mail channel: plain UTF-8 text through Spring Boot's mail sender ({@code spring.mail.*}). */
@Component
class Mail {

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  Mail(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
    this.sender = sender;
    this.from = properties.mailFrom();
  }

  void send(String to, Message message) throws MessagingException {
    JavaMailSender mail = sender.getObject();
    MimeMessage mime = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    mail.send(mime);
  }
}
