package archfixture.roster;

import archfixture.demo.DemoThing;

/** Violates "production code never depends on the demo generator". */
public class Planner {
    DemoThing demo = new DemoThing();
}
