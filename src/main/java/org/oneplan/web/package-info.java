/**
 * Shared web furniture: the page layout and GOV.UK fragments, error pages, the accessibility
 * statement, the clock and message bundles. Every module's pages use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.oneplan.web;
