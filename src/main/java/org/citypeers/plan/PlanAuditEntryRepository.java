package org.citypeers.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAuditEntryRepository extends JpaRepository<PlanAuditEntry, Long> {

    List<PlanAuditEntry> findByPlanIdOrderByHappenedAtAscIdAsc(Long planId);
}
