package org.neiqin.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.RecordScope;
import org.neiqin.api.security.Roles;
import org.neiqin.core.internal.people.People;
import org.neiqin.core.internal.registry.ModuleRegistryImpl;

/** Which records a user sees, from etc/org.neiqin.security.cfg and the people file. */
public class RecordScopeTest {
    private static SecurityServiceImpl security(Map<String, Object> scopes) {
        return new SecurityServiceImpl(new ModuleRegistryImpl(), new People(Map.of("sales", "王强", "sales.region", "LN",
                "assistant.region", "JL")), scopes);
    }

    @Test
    public void aRoleWithoutALineSeesEveryRecord() {
        assertTrue(security(Map.of()).scopeOf(new Actor("sales", Set.of(Roles.SALES))).all());
        assertTrue(security(Map.of("scope.neiqin-sales", "all")).scopeOf(new Actor("sales", Set.of(Roles.SALES))).all());
    }

    @Test
    public void ownReachesTheUsersLoginAndNameAndRegionTheirRegion() {
        SecurityServiceImpl s = security(Map.of("scope.neiqin-sales", "own", "scope.neiqin-assistant", "region"));
        RecordScope own = s.scopeOf(new Actor("sales", Set.of(Roles.SALES)));
        assertEquals(Set.of("sales", "王强"), own.people());
        assertTrue(own.covers("王强", "JL") && own.covers("sales", null) && !own.covers("张三", "LN"));
        RecordScope region = s.scopeOf(new Actor("assistant", Set.of(Roles.ASSISTANT)));
        assertTrue(region.covers("张三", "JL") && !region.covers("assistant", "LN"));
        assertEquals("a login the people file does not name is itself", Set.of("sales2"),
                s.scopeOf(new Actor("sales2", Set.of(Roles.SALES))).people());
        assertFalse("a region scope without a region reaches nothing",
                s.scopeOf(new Actor("assistant2", Set.of(Roles.ASSISTANT))).covers("x", "JL"));
    }

    @Test
    public void theSystemsOwnWorkActingAsANarrowedUserReachesEveryRecord() {
        SecurityServiceImpl s = security(Map.of("scope.neiqin-assistant", "region"));
        Actor assistant = new Actor("assistant", Set.of(Roles.ASSISTANT));
        assertFalse(s.runAs(assistant, s::scope).all());
        assertTrue("the demo data", s.unscoped(() -> s.runAs(assistant, s::scope)).all());
        assertFalse("and only while it runs", s.runAs(assistant, s::scope).all());
    }

    @Test
    public void theWidestOfAUsersRolesCountsAndAnUnknownWordNarrowsToTheirOwn() {
        SecurityServiceImpl s = security(Map.of("scope.neiqin-sales", "own", "scope.neiqin-assistant", "mine"));
        assertTrue(s.scopeOf(new Actor("sales", Set.of(Roles.SALES, Roles.AUDITOR))).all());
        RecordScope both = security(Map.of("scope.neiqin-sales", "own, region"))
                .scopeOf(new Actor("sales", Set.of(Roles.SALES)));
        assertTrue(both.covers("张三", "LN") && both.covers("王强", "JL") && !both.covers("张三", "JL"));
        assertEquals(Set.of("assistant"), s.scopeOf(new Actor("assistant", Set.of(Roles.ASSISTANT))).people());
        assertEquals(Map.of("neiqin-assistant", Set.of("mine"), "neiqin-sales", Set.of("own")), s.narrowed());
        assertTrue("a role outside Neiqin's does not widen", !s.scopeOf(new Actor("sales", Set.of(Roles.SALES,
                "viewer"))).all());
    }
}
