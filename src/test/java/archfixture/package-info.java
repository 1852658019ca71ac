/**
 * Classes that break the architecture rules on purpose: {@code ArchitectureTest} checks each
 * rule against them to prove the rule can fail. Outside {@code org.dcrconsole}, so Spring never
 * scans them.
 */
package archfixture;
