package org.gongkai.disclosure.agencies;

import org.gongkai.disclosure.shared.ids.AgencyId;

/**
 * An administrative organ that receives requests (条例 art 27): a government, a department
 * or a town, with the 政府信息公开工作机构 that handles them. {@code parentId} links a department
 * or town to its government.
 */
public record Agency(AgencyId id, String code, String name, AgencyId parentId, String officeName, String address,
		String phone) {
}
