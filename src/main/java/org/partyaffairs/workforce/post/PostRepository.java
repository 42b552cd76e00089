package org.partyaffairs.workforce.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRepository extends JpaRepository<Post, Long> {

  Optional<Post> findByWorkerId(Long workerId);

  Page<Post> findByTownCodeInOrderById(Collection<String> towns, Pageable page);

  List<Post> findByTownCodeAndWorkerIdIsNullOrderById(String town);

  long countByTownCodeAndWorkerIdIsNull(String town);
}
