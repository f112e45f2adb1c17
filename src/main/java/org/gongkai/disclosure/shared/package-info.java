/**
 * The few value rules every module shares (text input). Kept deliberately tiny: no
 * dumping ground.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.disclosure.shared;
