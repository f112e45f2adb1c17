package org.gongkai.disclosure.agencies;

import java.util.UUID;

/**
 * An administrative organ that receives requests (条例 art 27): a government, a department
 * or a town, with the 政府信息公开工作机构 that handles them. {@code parentId} links a department
 * or town to its government.
 */
public record Agency(UUID id, String code, String name, UUID parentId, String officeName, String address,
		String phone) {
}
