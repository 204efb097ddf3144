/**
 * Self-assessment: frameworks (statement banks such as Progress in Personalised Care and Support
 * Planning) kept as versioned content, and the assessments teams make against them. Other modules ask
 * {@link org.oneplan.selfassessment.Frameworks} for a framework's wording.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "web"})
package org.oneplan.selfassessment;
