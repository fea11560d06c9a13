package org.neiqin.core.internal.console;

import org.apache.felix.webconsole.BrandingPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The console's header names Neiqin, in both languages, instead of "Apache Karaf Web Console"; the
 * look (Karaf's style sheet and logo) stays as Karaf ships it. The icon is the one {@link FaviconServlet}
 * serves at the path Karaf's own branding names.
 */
@Component(service = BrandingPlugin.class)
public class Branding implements BrandingPlugin {
    @Override
    public String getBrandName() { return "Neiqin 内勤"; }

    @Override
    public String getProductName() { return "Neiqin"; }

    @Override
    public String getProductURL() { return "/system/console/neiqin"; }

    @Override
    public String getProductImage() { return "/res/karaf/imgs/logo.png"; }

    @Override
    public String getVendorName() { return "Neiqin"; }

    @Override
    public String getVendorURL() { return "/system/console/neiqin"; }

    @Override
    public String getVendorImage() { return "/res/karaf/imgs/logo.png"; }

    @Override
    public String getFavIcon() { return "/res/karaf/imgs/favicon.ico"; }

    @Override
    public String getMainStyleSheet() { return "/res/karaf/ui/webconsole.css"; }
}
