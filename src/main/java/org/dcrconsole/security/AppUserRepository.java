package org.dcrconsole.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = {"roles", "siteIds"})
    Optional<AppUser> findByUsername(String username);

    @org.springframework.data.jpa.repository.Query("""
            select u from AppUser u where u.active = true and :siteId member of u.siteIds and :role member of u.roles
            order by u.displayName""")
    java.util.List<AppUser> findColleagues(Long siteId, Role role);

    boolean existsByUsername(String username);

    Slice<AppUser> findAllBy(Pageable pageable);

    Slice<AppUser> findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(
            String username, String displayName, Pageable pageable);
}
