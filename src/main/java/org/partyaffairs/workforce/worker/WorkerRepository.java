package org.partyaffairs.workforce.worker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerRepository extends JpaRepository<Worker, Long> {

  Optional<Worker> findByUserId(String userId);

  List<Worker> findByTownCodeInOrderById(Collection<String> townCodes);
}
