package org.oneplan.directory.web;

import org.springframework.web.multipart.MultipartFile;

/** The CSV file an administrator chose to import. */
public class ImportUpload {

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
