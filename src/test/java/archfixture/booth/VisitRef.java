package archfixture.booth;

/** A record the booth feature hands out. */
public record VisitRef(long id) {
}
