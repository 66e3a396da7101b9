package org.bridgeway.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api, behind Shiro (see shiro.ini) and the services' own permission checks. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
