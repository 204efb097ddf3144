/**
 * The person: their details, communication and information needs, consent, named coordinator and circle
 * of support, and the person's decisions about who may see their record. Other modules ask
 * {@link org.oneplan.people.People} for a person they are allowed to see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "web"})
package org.oneplan.people;
