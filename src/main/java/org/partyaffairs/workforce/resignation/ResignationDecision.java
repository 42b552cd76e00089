package org.partyaffairs.workforce.resignation;

/** The town committee's answer to a resignation; the codes are the values of the decision form. */
public enum ResignationDecision {
  AGREE,
  DISAGREE
}
