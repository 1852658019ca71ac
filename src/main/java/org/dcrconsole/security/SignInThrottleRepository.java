package org.dcrconsole.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.repository.Repository;

interface SignInThrottleRepository extends Repository<SignInThrottle, Long> {

    SignInThrottle save(SignInThrottle event);

    Slice<SignInThrottle> findAllBy(Pageable pageable);
}
