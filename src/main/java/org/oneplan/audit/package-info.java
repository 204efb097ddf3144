/**
 * The append-only record of who read or changed what, with a hash chain that shows tampering.
 * Other modules call {@link org.oneplan.audit.AuditTrail}; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web"})
package org.oneplan.audit;
