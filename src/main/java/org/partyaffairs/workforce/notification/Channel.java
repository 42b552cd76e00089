package org.partyaffairs.workforce.notification;

/** How a person is told. */
public enum Channel {
  /** E-mail through {@code spring.mail.*} to the address of the person's Camunda user. */
  MAIL("邮件"),
  /** A JSON POST to a group robot of WeCom (企业微信) or DingTalk (钉钉). */
  WEBHOOK("群机器人");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
