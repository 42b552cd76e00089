package org.partyaffairs.workforce.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/**
 * How long each user task may take, from {@code rules/calendar/service-levels.csv}, the file the
 * city edits: one line per user task, {@code process,activity,workingDays,deadlineVariable,basis}.
 * A task whose line names a deadline variable is due when that variable says (a deadline the rules
 * of the work set: the campaign's 述职截止, 30 days after a resignation was received, the end of a
 * notice's period); the working days count only where that variable is missing. The basis says
 * where the number comes from: an article, or that it is a demo value the city sets.
 */
public final class ServiceLevels {

  /** The classpath file, next to the workday calendar it counts on. */
  public static final String FILE = "rules/calendar/service-levels.csv";

  /** One user task's service level. */
  public record ServiceLevel(String processKey, String activityId, int workingDays, String deadlineVariable,
      String basis) {
  }

  private final Map<String, ServiceLevel> byTask;

  private ServiceLevels(Map<String, ServiceLevel> byTask) {
    this.byTask = byTask;
  }

  /** Reads the file; a malformed line stops the start naming the file and the line. */
  public static ServiceLevels load(String file) {
    try (InputStream in = new ClassPathResource(file).getInputStream()) {
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the service levels in " + file, e);
    }
  }

  static ServiceLevels parse(String file, String text) {
    Map<String, ServiceLevel> levels = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\n")) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.strip().split(",", 5);
      if (columns.length != 5) {
        throw new IllegalStateException(file + ":" + lineNumber
            + ": expected process,activity,workingDays,deadlineVariable,basis");
      }
      int days;
      try {
        days = Integer.parseInt(columns[2].strip());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(file + ":" + lineNumber + ": working days must be a whole number, not "
            + columns[2]);
      }
      if (days < 1 || days > 250) {
        throw new IllegalStateException(file + ":" + lineNumber + ": working days must be 1 to 250, not " + days);
      }
      String variable = columns[3].strip();
      ServiceLevel level = new ServiceLevel(columns[0].strip(), columns[1].strip(), days,
          variable.isEmpty() ? null : variable, columns[4].strip());
      if (levels.putIfAbsent(key(level.processKey(), level.activityId()), level) != null) {
        throw new IllegalStateException(file + ":" + lineNumber + ": a second line for " + level.processKey() + " "
            + level.activityId());
      }
    }
    if (!levels.containsKey(key("*", "*"))) {
      throw new IllegalStateException(file + ": no default line *,*,<working days>,,<basis>");
    }
    return new ServiceLevels(Map.copyOf(levels));
  }

  /** The task's own line, if the file has one. */
  public Optional<ServiceLevel> of(String processKey, String activityId) {
    return Optional.ofNullable(byTask.get(key(processKey, activityId)));
  }

  /** The task's line, or the default line {@code *,*} for a task the file does not name. */
  public ServiceLevel orDefault(String processKey, String activityId) {
    return of(processKey, activityId).orElse(byTask.get(key("*", "*")));
  }

  public List<ServiceLevel> all() {
    return List.copyOf(byTask.values());
  }

  private static String key(String processKey, String activityId) {
    return processKey + "/" + activityId;
  }
}
