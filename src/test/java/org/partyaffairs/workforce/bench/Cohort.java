package org.partyaffairs.workforce.bench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.IdentitySetup;
import org.partyaffairs.workforce.worker.Article;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's people: {@value #TOWNS} towns (the city's own and numbered extra ones), one
 * organisation-department user per town, and cohorts of ACTIVE workers hired in bulk, as the
 * product holds workers after hiring and confirmation (worker, post, trail), spread over the towns.
 */
final class Cohort {

  static final int TOWNS = 20;
  /** Meets the password policy the product runs with. */
  static final String PASSWORD = "Bench#Pass2026";

  private static final int INSERT_BATCH = 1000;

  private Cohort() {
  }

  /**
   * Adds towns until there are {@value #TOWNS}, lets start-up's identity set-up give them their
   * groups, tenants and Tasklist filters, and gives each town an organisation-department user.
   * Answers the town codes.
   */
  static List<String> towns(BenchRun run) {
    JdbcTemplate jdbc = run.jdbc();
    List<String> towns = new ArrayList<>(codes(jdbc));
    for (int n = 1; towns.size() < TOWNS; n++) {
      String code = String.format("bench%02d", n);
      if (!towns.contains(code)) {
        jdbc.update("insert into org_unit (code, name, kind, parent_code) values (?, ?, 'TOWN', 'kunshan')", code,
            String.format("基准测试镇%02d", n));
        towns.add(code);
      }
    }
    run.bean(IdentitySetup.class).setUp();
    IdentityService identity = run.bean(IdentityService.class);
    for (String town : towns) {
      String userId = userOf(town);
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setFirstName("基准");
        user.setLastName(town + "组织部门");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(userId, Groups.townOrg(town));
      }
    }
    return codes(jdbc);
  }

  /** The organisation-department user of the town, who reports and scores for its workers. */
  static String userOf(String town) {
    return "bench-" + town;
  }

  /**
   * Hires {@code count} ACTIVE workers spread over the towns, named {@code <tag>-<n>}, as the only
   * workers eligible for the next campaign: whoever was eligible before leaves the cohort.
   */
  static void hire(JdbcTemplate jdbc, String tag, int count, List<String> towns) {
    jdbc.update("update worker set assessment_eligible = false where assessment_eligible = true");
    List<Object[]> workers = new ArrayList<>(INSERT_BATCH);
    for (int i = 1; i <= count; i++) {
      workers.add(new Object[] {tag + "-" + i, towns.get(i % towns.size())});
      if (workers.size() == INSERT_BATCH || i == count) {
        jdbc.batchUpdate("""
            insert into worker (user_id, name, town_code, status, under_warning, assessment_eligible, created_at, version)
            values (null, ?, ?, 'ACTIVE', false, true, current_timestamp(3), 1)""", workers);
        workers.clear();
      }
    }
    String ofTag = " from worker where name like ?";
    jdbc.update("insert into post (town_code, station, worker_id, created_at, version)"
        + " select town_code, concat('基准测试区域党建工作站', id), id, current_timestamp(3), 1" + ofTag, tag + "-%");
    jdbc.update("insert into trail_entry (worker_id, event, detail, actor, occurred_at, article)"
        + " select id, 'HIRED', '与区镇签订岗位聘用合同，进入试用期', 'bench', current_timestamp(3), ?" + ofTag,
        Article.KUNSHAN_6.citation(), tag + "-%");
    jdbc.update("insert into trail_entry (worker_id, event, detail, actor, occurred_at, article)"
        + " select id, 'CONFIRMED', '试用期满考核合格，转为在岗', 'bench', current_timestamp(3), ?" + ofTag,
        Article.LANZHOU_6.citation(), tag + "-%");
  }

  private static List<String> codes(JdbcTemplate jdbc) {
    return jdbc.queryForList("select code from org_unit where kind = 'TOWN' order by code", String.class);
  }
}
