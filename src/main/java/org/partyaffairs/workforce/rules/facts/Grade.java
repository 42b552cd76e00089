package org.partyaffairs.workforce.rules.facts;

/** Assessment grade codes of DOMAIN.md; the Chinese label depends on the policy. */
public enum Grade {
  EXCELLENT, QUALIFIED, BASIC, FAIL
}
