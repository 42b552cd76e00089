package org.partyaffairs.workforce.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRepository extends JpaRepository<Post, Long> {

  Optional<Post> findByWorkerId(Long workerId);

  List<Post> findByTownCodeInOrderById(Collection<String> towns);

  List<Post> findByTownCodeAndWorkerIdIsNullOrderById(String town);

  long countByTownCodeAndWorkerIdIsNull(String town);
}
