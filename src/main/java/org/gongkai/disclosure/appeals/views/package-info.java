/**
 * What the pages and the API show of appeals, under the appeal access rule.
 */
package org.gongkai.disclosure.appeals.views;
