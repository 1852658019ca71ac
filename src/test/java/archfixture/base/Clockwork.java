package archfixture.base;

import archfixture.site.SiteThing;

/** Violates "only base.ui uses site and security". */
public class Clockwork {
    SiteThing thing = new SiteThing();
}
