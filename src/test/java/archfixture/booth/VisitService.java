package archfixture.booth;

/** The booth feature's door. */
public class VisitService {
    public VisitRef open(long id) {
        return new VisitRef(id);
    }
}
