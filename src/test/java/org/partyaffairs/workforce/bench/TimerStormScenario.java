package org.partyaffairs.workforce.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.partyaffairs.workforce.notice.PublishedNotices;

/**
 * The timer storm: {@code notices} public notices (PublicNoticeProcess, one entry each, spread over
 * the towns) opened at the same engine instant, so that their seven days end at the same moment.
 * The engine clock then moves past that moment and the job executor closes them all: seconds
 * until the last has closed, and timer jobs per second.
 */
final class TimerStormScenario {

  record Outcome(double seconds, double jobsPerSecond) {
  }

  private static final Duration TIMEOUT = Duration.ofHours(1);

  private final BenchRun run;
  private final Crew crew;
  private final List<String> towns;
  private int storms;

  TimerStormScenario(BenchRun run, Crew crew, List<String> towns) {
    this.run = run;
    this.crew = crew;
    this.towns = towns;
  }

  Outcome measure(int notices) {
    String title = "基准测试公示" + run.settings().name() + "-" + (++storms) + "-";
    Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try {
      ClockUtil.setCurrentTime(Date.from(opened));
      PublishedNotices published = run.bean(PublishedNotices.class);
      crew.each(IntStream.range(0, notices).boxed().toList(),
          i -> published.publish(towns.get(i % towns.size()), title + i, title + i));
      Progress.await("notices opened", notices, () -> count(title, "OPEN"), TIMEOUT);
      ClockUtil.setCurrentTime(Date.from(opened.plus(Duration.ofDays(7)).plusSeconds(1)));
      double seconds = Progress.await("notices closed", notices, () -> count(title, "CLOSED"), TIMEOUT);
      return new Outcome(seconds, notices / seconds);
    } finally {
      ClockUtil.reset();
    }
  }


  private long count(String title, String status) {
    return run.jdbc().queryForObject("select count(*) from notice where title like ? and status = ?", Long.class,
        title + "%", status);
  }
}
