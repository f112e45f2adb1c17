/**
 * Routing a request to the departments that hold the information (承办 and 协办), under the
 * request's one statutory clock.
 */
package org.gongkai.disclosure.casework.routing;
