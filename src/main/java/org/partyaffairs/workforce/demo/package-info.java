/**
 * The demo data of the {@code demo} profile: users, towns' workers in service and on probation (see
 * the logins in {@code README.md}).
 */
package org.partyaffairs.workforce.demo;
