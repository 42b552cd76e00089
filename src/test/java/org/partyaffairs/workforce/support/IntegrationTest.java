package org.partyaffairs.workforce.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a private in-memory H2 and a random port, with the demo users and no job
 * executor. Every test class shares this one context: Camunda keeps its engines in a static
 * registry by name, so two live contexts in one JVM would answer each other's REST calls.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public @interface IntegrationTest {
}
