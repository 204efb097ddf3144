/**
 * The personal budget: the indicative and final budget with the Care Act s26 split, how it is deployed
 * (direct payment, Individual Service Fund, council-managed account or a mix), the spending plan, and the
 * sign-off of plans that carry a budget.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "people", "planning", "notifications", "workingdays", "web"})
package org.oneplan.budget;
