package archfixture.booth;

/** Plays an entity of the booth feature. */
public class Visit {
    public long id;
}
