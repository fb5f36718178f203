package org.citypeers.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    List<UserAccount> findAllByOrderByNameAsc();

    List<UserAccount> findByOrganisationId(Long organisationId);

    /** Roles are one converted column, so this counts in Java; there are few accounts. */
    default long countByRole(String role) {
        return findAll().stream().filter(a -> a.hasRole(role)).count();
    }
}
