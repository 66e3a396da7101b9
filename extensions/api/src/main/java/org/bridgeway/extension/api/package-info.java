/**
 * What an agency's extension bundle can add to Bridgeway: {@link org.bridgeway.extension.api.EligibilityRule}s for
 * the Explorer program and {@link org.bridgeway.extension.api.HiringStepCheck}s for recruitment. Only JDK types
 * cross this boundary - no entity, CDI, JPA or residency data. Versioned semantically: a change that breaks
 * implementations needs a new major version (the bnd baseline check enforces it).
 */
@Version("1.0.0")
@Export
package org.bridgeway.extension.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
