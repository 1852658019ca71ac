package archfixture.booth;

import org.springframework.data.repository.Repository;

/** A repository made public, so that other packages can (wrongly) reach it. */
public interface VisitRepository extends Repository<Visit, Long> {
    Visit findById(long id);
}
