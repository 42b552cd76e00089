package org.partyaffairs.workforce.notice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * One entry of an open notice as the objection form offers it: a select option whose value names
 * the notice and the entry, so that the objector chooses instead of typing numbers.
 */
record ObjectableEntry(long noticeId, long entryId) {

  static ObjectableEntry of(NoticeEntry entry) {
    return new ObjectableEntry(entry.getNotice().getId(), entry.getId());
  }

  /** Reads the submitted option; anything else than {@code <noticeId>:<entryId>} is refused. */
  static ObjectableEntry parse(Object value) {
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException("请选择要提出异议的公示条目");
    }
    String[] parts = text.split(":", -1);
    try {
      if (parts.length == 2) {
        return new ObjectableEntry(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
      }
    } catch (NumberFormatException e) {
      // refused below, like any other malformed choice
    }
    throw new InvalidRequestException("公示条目应选自列表，收到「" + text + "」");
  }

  /**
   * The option for Camunda Forms' select ({@code valuesKey}): what the objector reads and what comes
   * back. A plain LinkedHashMap, as the variable is stored as JSON with its Java type and read back.
   */
  static Map<String, String> option(NoticeEntry entry) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", entry.getNotice().getTitle() + " · " + entry.getSummary() + "：" + entry.getCurrentValue());
    option.put("value", of(entry).value());
    return option;
  }

  String value() {
    return noticeId + ":" + entryId;
  }
}
