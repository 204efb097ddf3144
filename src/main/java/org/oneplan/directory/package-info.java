/**
 * The community directory: TimeBanks, circles, groups, libraries and the other resources a coordinator can
 * offer before specialist services, kept by administrators with every change on record. Other modules read it
 * through {@link org.oneplan.directory.Directory} and tell it which plans use an entry through
 * {@link org.oneplan.directory.DirectoryUse}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "web"})
package org.oneplan.directory;
