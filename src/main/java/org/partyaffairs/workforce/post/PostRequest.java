package org.partyaffairs.workforce.post;

import java.util.Arrays;
import java.util.List;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * What a town asks for: a number of posts, the station each one serves (one line per post, a
 * station may appear more than once) and the reason. Built only from valid values.
 */
public record PostRequest(int postCount, List<String> stations, String reason) {

  /** More posts than this in one application is a typing error, not a plan. */
  static final int MAX_POSTS = 50;
  static final int MAX_STATION_LENGTH = 100;

  public PostRequest {
    if (postCount < 1 || postCount > MAX_POSTS) {
      throw new InvalidRequestException("岗位数量应在 1 至 " + MAX_POSTS + " 之间，收到 " + postCount);
    }
    if (stations.size() != postCount) {
      throw new InvalidRequestException(
          "申请 " + postCount + " 个岗位，但列出了 " + stations.size() + " 个服务的工作站：请每个岗位写一行");
    }
    stations.stream().filter(station -> station.length() > MAX_STATION_LENGTH).findFirst().ifPresent(station -> {
      throw new InvalidRequestException("工作站名称不能超过 " + MAX_STATION_LENGTH + " 个字：「" + station + "」");
    });
    stations = List.copyOf(stations);
  }

  /** The stations as a form submits them: one per line, blank lines ignored. */
  public static List<String> stationLines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  String stationsText() {
    return String.join("\n", stations);
  }
}
