package org.citypeers.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

    @Query("select s from PlanSection s where s.plan.id = :planId")
    List<PlanSection> findByPlan(Long planId);

    @Query("select s from PlanSection s where s.plan.id = :planId and s.kind = :kind")
    Optional<PlanSection> findByPlanAndKind(Long planId, PlanSectionKind kind);
}
