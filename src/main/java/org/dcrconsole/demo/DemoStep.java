package org.dcrconsole.demo;

/**
 * One feature's part of the demo network. Steps run once, in {@link #order()}, on an empty
 * database, signed in as a system user holding every role and site.
 */
public interface DemoStep {

    /** Lower runs first: the network (sites, booths, users) is 0; features follow from 100. */
    int order();

    void run(DemoContext context);
}
