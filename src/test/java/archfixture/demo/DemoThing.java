package archfixture.demo;

/** Something of the demo generator. */
public class DemoThing {
}
