package archfixture.site;

/** Something of the site module. */
public class SiteThing {
}
