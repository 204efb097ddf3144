package org.oneplan.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String GOVUK_FRONTEND_VERSION = "5.14.0";

    /** Time comes from here so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * GOV.UK Frontend's compiled CSS refers to images under /assets. Fonts are not mapped: OnePlan uses
     * an Arial/system stack because GDS Transport is licensed for gov.uk services only.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + GOVUK_FRONTEND_VERSION + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/images/**").addResourceLocations(assets + "images/");
        registry.addResourceHandler("/assets/rebrand/**").addResourceLocations(assets + "rebrand/");
    }
}
