/**
 * The one plan: each person's care and support plan, from preparation through the conversation to an
 * agreed version, organised around the seven questions, with every entry saying whose words it is. Options
 * and actions can name the community directory entry they draw on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "directory", "people", "web"})
package org.oneplan.planning;
