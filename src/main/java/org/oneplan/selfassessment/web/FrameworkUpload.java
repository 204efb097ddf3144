package org.oneplan.selfassessment.web;

import org.springframework.web.multipart.MultipartFile;

/** The framework file a system administrator chose to load. */
public class FrameworkUpload {

    static final String FIELD = "file";

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    /** False when the form was sent without a file chosen (browsers then send an unnamed, empty part). */
    boolean chosen() {
        return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }
}
