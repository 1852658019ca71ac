package archfixture.booth.ui;

import archfixture.booth.Visit;
import archfixture.booth.VisitRepository;

/** Violates "views never touch repositories". */
public class VisitView {
    Visit show(VisitRepository repository) {
        return repository.findById(1);
    }
}
