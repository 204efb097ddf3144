package org.oneplan.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.oneplan.directory.DirectoryCategories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The categories, from {@code oneplan.directory.categories} (by default the file that ships with OnePlan). */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    DirectoryCategories directoryCategories(
            @Value("${oneplan.directory.categories:classpath:directory/categories.yaml}") Resource file) {
        try {
            return CategoriesFile.read(file.getDescription(), file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getDescription(), e);
        }
    }
}
