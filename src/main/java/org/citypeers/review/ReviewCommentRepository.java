package org.citypeers.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByThreadIdOrderByCreatedAtAscIdAsc(Long threadId);

    @Query("select c from ReviewComment c where c.threadId in :threadIds order by c.createdAt asc, c.id asc")
    List<ReviewComment> findByThreadIds(Collection<Long> threadIds);
}
