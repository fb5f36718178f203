package org.citypeers.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertAssignmentRepository extends JpaRepository<ExpertAssignment, Long> {

    List<ExpertAssignment> findByPlanIdOrderByAssignedAtAsc(Long planId);

    List<ExpertAssignment> findByUserId(Long userId);

    Optional<ExpertAssignment> findByPlanIdAndUserId(Long planId, Long userId);

    boolean existsByPlanIdAndUserId(Long planId, Long userId);
}
