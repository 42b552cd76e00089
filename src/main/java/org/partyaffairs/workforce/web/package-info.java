/**
 * How the APIs answer: the product API's refusals ({@code ApiExceptionHandler}), the engine REST
 * API's and webapps' ({@code EngineRefusals}), one refusal writer for them all ({@link
 * org.partyaffairs.workforce.web.Refusal}), body limits, JSON problems, pages. It handles only the
 * shared kernel's refusals; it knows no capability, which {@code ModularityTests} checks (the
 * kernel is the one module it may depend on). See {@code docs/http-api.md}.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.partyaffairs.workforce.web;

import org.springframework.modulith.ApplicationModule;
