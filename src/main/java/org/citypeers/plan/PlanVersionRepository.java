package org.citypeers.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByNumberDesc(Long planId);

    Optional<PlanVersion> findByPlanIdAndNumber(Long planId, int number);
}
