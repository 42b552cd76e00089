package org.partyaffairs.workforce.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's progress: counts per state and per town and grade (a town's people see their town only). */
@Tag(name = "年度考核", description = "年度考核工作及其进度（000 第九、十条，001 第二十一、二十二条）")
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private final CampaignService campaigns;
  private final CurrentActor currentActor;

  CampaignController(CampaignService campaigns, CurrentActor currentActor) {
    this.campaigns = campaigns;
    this.currentActor = currentActor;
  }

  @Operation(summary = "一次年度考核工作的进度与结果")
  @GetMapping("/{id}")
  CampaignService.Report get(@PathVariable long id) {
    return campaigns.report(id, currentActor.get());
  }
}
