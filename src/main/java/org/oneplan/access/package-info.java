/**
 * Organisations, teams, user accounts and their roles, caseloads, API tokens and sign-in.
 * Other modules ask {@link org.oneplan.access.CurrentUsers} who is calling and
 * {@link org.oneplan.access.Caseloads} which teams hold a person.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "web"})
package org.oneplan.access;
