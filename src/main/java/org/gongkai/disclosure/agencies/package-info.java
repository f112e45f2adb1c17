/**
 * Administrative organs (agencies) and their hierarchy: a government and its departments
 * and towns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package org.gongkai.disclosure.agencies;
