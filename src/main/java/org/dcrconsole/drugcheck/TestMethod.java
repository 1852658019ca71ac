package org.dcrconsole.drugcheck;

/** How a sample was checked. */
public enum TestMethod {
    TEST_STRIP, SPECTROMETER, LAB
}
