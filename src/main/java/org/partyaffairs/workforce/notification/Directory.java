package org.partyaffairs.workforce.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people behind groups, and their e-mail addresses, read from Camunda's identity tables
 * directly: the reads happen inside whatever command is running (a user's completion creating the
 * next task), and must neither depend on what that user may read nor be refused for it.
 */
@Component
class Directory {

  private final NamedParameterJdbcTemplate jdbc;

  Directory(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The members of the groups, each once, ordered by id. */
  Set<String> membersOf(Collection<String> groups) {
    if (groups.isEmpty()) {
      return Set.of();
    }
    List<String> members = jdbc.queryForList(
        "select distinct USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ in (:groups) order by USER_ID_",
        new MapSqlParameterSource("groups", groups), String.class);
    return new LinkedHashSet<>(members);
  }

  Optional<String> email(String userId) {
    return jdbc.queryForList("select EMAIL_ from ACT_ID_USER where ID_ = :id", new MapSqlParameterSource("id", userId),
        String.class).stream().filter(email -> email != null && !email.isBlank()).findFirst();
  }

  boolean exists(String userId) {
    Integer count = jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ = :id",
        new MapSqlParameterSource("id", userId), Integer.class);
    return count != null && count > 0;
  }
}
