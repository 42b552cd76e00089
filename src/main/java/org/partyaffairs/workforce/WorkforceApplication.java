package org.partyaffairs.workforce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkforceApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkforceApplication.class, args);
  }
}
