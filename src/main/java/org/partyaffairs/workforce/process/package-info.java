/**
 * Helpers for the classes that bind the models to code: reading submitted form values
 * ({@code FormValues}, {@code FormFields}), recording a completed user task ({@code
 * TaskCompletion}), JSON variables, job locks. How a model maps to code is in {@code
 * docs/models-to-code.md}.
 */
package org.partyaffairs.workforce.process;
