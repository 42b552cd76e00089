package org.partyaffairs.workforce.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.WorkerStatus;

/**
 * Workers in service written straight into the database, as the product holds them after
 * {@code WorkerService.hire} and {@code confirm}: ACTIVE in a post of their town, with the trail of
 * both steps. They have no Camunda user, as many workers do not: their town's organisation
 * department acts for them. For tests that need hundreds of workers, whom no recruitment over the
 * API could hire in the time a test has.
 */
public final class ActiveWorkers {

  /** The demo's towns; worker {@code i} goes to {@code TOWNS[i % 3]}. */
  public static final List<String> TOWNS = List.of("kfq", "huaqiao", "zhangpu");

  private ActiveWorkers() {
  }

  /** Hires {@code count} workers in one transaction; answers their ids in order. */
  public static List<Long> hire(Connection database, int count, String actor) throws SQLException {
    List<Long> ids = new ArrayList<>();
    database.setAutoCommit(false);
    try (PreparedStatement worker = database.prepareStatement("""
            insert into worker (user_id, name, town_code, status, under_warning, assessment_eligible, created_at, version)
            values (null, ?, ?, ?, false, true, now(3), 1)""", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement post = database.prepareStatement("""
            insert into post (town_code, station, worker_id, created_at, version) values (?, ?, ?, now(3), 1)""");
        PreparedStatement trail = database.prepareStatement("""
            insert into trail_entry (worker_id, event, detail, actor, occurred_at, article)
            values (?, ?, ?, ?, now(3), ?)""")) {
      for (int i = 1; i <= count; i++) {
        String town = TOWNS.get(i % TOWNS.size());
        String station = "考核测试区域党建工作站" + i;
        worker.setString(1, "考核测试" + i);
        worker.setString(2, town);
        worker.setString(3, WorkerStatus.ACTIVE.name());
        worker.executeUpdate();
        long id;
        try (ResultSet keys = worker.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        ids.add(id);
        post.setString(1, town);
        post.setString(2, station);
        post.setLong(3, id);
        post.addBatch();
        addTrail(trail, id, "HIRED", "与区镇签订岗位聘用合同，进入试用期，岗位：" + station, actor, Article.KUNSHAN_6);
        addTrail(trail, id, "CONFIRMED", "试用期满考核合格，转为在岗", actor, Article.LANZHOU_6);
      }
      post.executeBatch();
      trail.executeBatch();
      database.commit();
    } finally {
      database.setAutoCommit(true);
    }
    return ids;
  }

  private static void addTrail(PreparedStatement trail, long workerId, String event, String detail, String actor,
      Article article) throws SQLException {
    trail.setLong(1, workerId);
    trail.setString(2, event);
    trail.setString(3, detail);
    trail.setString(4, actor);
    trail.setString(5, article.citation());
    trail.addBatch();
  }
}
