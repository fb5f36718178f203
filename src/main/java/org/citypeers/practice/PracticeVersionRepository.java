package org.citypeers.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeVersionRepository extends JpaRepository<PracticeVersion, Long> {
    List<PracticeVersion> findByPracticeIdOrderByNumberDesc(Long practiceId);

    long countByPracticeId(Long practiceId);
}
