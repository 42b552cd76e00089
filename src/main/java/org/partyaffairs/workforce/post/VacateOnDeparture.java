package org.partyaffairs.workforce.post;

import org.partyaffairs.workforce.worker.ServiceEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A worker who left service leaves their post vacant (000 第十四条), in the same transaction. */
@Component
class VacateOnDeparture {

  private final PostRepository posts;

  VacateOnDeparture(PostRepository posts) {
    this.posts = posts;
  }

  @EventListener
  void on(ServiceEnded ended) {
    posts.findByWorkerId(ended.workerId()).ifPresent(Post::vacate);
  }
}
