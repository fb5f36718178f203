package org.citypeers.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    @Query("select a from PlanAction a where a.plan.id = :planId order by a.position, a.id")
    List<PlanAction> findByPlan(Long planId);
}
