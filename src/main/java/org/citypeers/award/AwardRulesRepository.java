package org.citypeers.award;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRulesRepository extends JpaRepository<AwardRules, Long> {
    Optional<AwardRules> findByProgrammeId(Long programmeId);
}
