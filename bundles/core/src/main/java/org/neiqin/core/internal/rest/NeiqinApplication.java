package org.neiqin.core.internal.rest;

import javax.ws.rs.core.Application;

import org.neiqin.api.rest.NeiqinRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The one JAX-RS application every module's resources join, at {@value NeiqinRest#BASE_PATH}. */
@Component(service = Application.class)
@JaxrsApplicationBase(NeiqinRest.BASE_PATH)
@JaxrsName(NeiqinRest.APPLICATION_NAME)
public class NeiqinApplication extends Application {
}
