package org.partyaffairs.workforce.assessment;

import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's progress: counts per state and per town and grade (a town's people see their town only). */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private final CampaignService campaigns;
  private final CurrentActor currentActor;

  CampaignController(CampaignService campaigns, CurrentActor currentActor) {
    this.campaigns = campaigns;
    this.currentActor = currentActor;
  }

  @GetMapping("/{id}")
  CampaignService.Report get(@PathVariable long id) {
    return campaigns.report(id, currentActor.get());
  }
}
