package archfixture.stock;

import archfixture.booth.VisitRepository;

/** Violates "a repository is used only inside its own package". */
public class StockRepositoryUser {
    Object peek(VisitRepository repository) {
        return repository.findById(2);
    }
}
