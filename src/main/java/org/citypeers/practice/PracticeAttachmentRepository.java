package org.citypeers.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeAttachmentRepository extends JpaRepository<PracticeAttachment, Long> {
    List<PracticeAttachment> findByPracticeIdOrderByUploadedAtAsc(Long practiceId);

    long countByPracticeId(Long practiceId);
}
