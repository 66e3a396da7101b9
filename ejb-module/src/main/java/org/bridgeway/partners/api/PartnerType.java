package org.bridgeway.partners.api;

/** What kind of organisation a partner is. Labels live in the bundles as PartnerType.VALUE. */
public enum PartnerType {
    COMMUNITY_ORGANISATION, FAITH_GROUP, ADVOCACY_GROUP, BUSINESS, SCHOOL, GOVERNMENT, OTHER
}
