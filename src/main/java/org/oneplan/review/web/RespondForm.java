package org.oneplan.review.web;

/** The team's response to a request, with the request's version as the writer saw it. */
public class RespondForm extends RecordForm {

    private String response;

    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
}
