package org.partyaffairs.workforce.exchange;

/** The city office's answer (审核同意 / 不同意, 000 第十二条第二款); the codes are the values of the review form. */
public enum ExchangeDecision {
  APPROVE,
  REFUSE
}
