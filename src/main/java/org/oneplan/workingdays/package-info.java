/**
 * Working days: weekdays that are not bank holidays, with the bank holidays of England and Wales loaded as
 * data (GOV.UK's file, Open Government Licence). Other modules ask {@link org.oneplan.workingdays.WorkingDays}
 * how many working days a plan has waited or when a target falls; it uses no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.oneplan.workingdays;
