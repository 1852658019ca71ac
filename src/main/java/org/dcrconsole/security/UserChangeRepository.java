package org.dcrconsole.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.repository.Repository;

/** Insert and read only: the history offers no update or delete. */
interface UserChangeRepository extends Repository<UserChange, Long> {

    UserChange save(UserChange change);

    Slice<UserChange> findByUserId(long userId, Pageable pageable);
}
