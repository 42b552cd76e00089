package org.partyaffairs.workforce.exchange;

/** The town committee's choice when the worker is not a priority for an exchange; the codes are the form's values. */
public enum Continuation {
  /** Go on to the city office, with a written reason. */
  PROCEED,
  /** Withdraw the proposal. */
  WITHDRAW
}
