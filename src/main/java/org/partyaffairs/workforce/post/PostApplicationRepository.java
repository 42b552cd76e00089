package org.partyaffairs.workforce.post;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostApplicationRepository extends JpaRepository<PostApplication, Long> {

  Optional<PostApplication> findByProcessInstanceId(String processInstanceId);
}
