package archfixture.base;

import archfixture.booth.VisitService;

/** Violates "base depends on no feature". */
public class Helper {
    Object help(VisitService service) {
        return service.open(3);
    }
}
