package org.partyaffairs.workforce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, for its report. */
public final class Machine {

  private Machine() {
  }

  /** CPU model, cores and JVM, e.g. "Intel Xeon @ 2.50GHz, 2 cores, OpenJDK 64-Bit Server VM 17.0.15". */
  public static String describe() {
    return String.format("%s, %d cores, %s %s", cpu(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
  }

  /** The 1, 5 and 15 minute load averages (a quiet 2-core machine stays below 1). */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
          .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
