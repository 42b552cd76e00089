package org.partyaffairs.workforce.points;

import java.util.List;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PointsStarters {

  /** The worker claims a bonus line himself (004 附件1 一、考核设置: 可由本人申报并提供相关材料). */
  @Bean
  StartableBy pointsClaimStartableBy() {
    return new StartableBy(PointsClaimProcessVariables.PROCESS_KEY, List.of(Groups.WORKERS), List.of());
  }
}
