package org.bridgeway.web.recruitment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.bridgeway.recruitment.api.SelfIdentification;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * self-identification.xhtml?token=…: the applicant's own, voluntary answers, reached through a single-use link
 * (no sign-in). Every answer is optional; the page says plainly that they are counted only in totals.
 */
@Named
@RequestScoped
public class SelfIdentificationView {

    @Inject
    private SelfIdentification selfIdentification;

    private String token;
    private String gender;
    private List<String> raceEthnicity = new ArrayList<>();
    private String veteran;
    private boolean done;

    public boolean isValid() {
        return done || selfIdentification.isValid(token);
    }

    public void submit() {
        try {
            selfIdentification.submit(token, blankToNull(gender), new HashSet<>(raceEthnicity), blankToNull(veteran));
            done = true;
            Messages.info("selfId.thanks");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<String> getGenders() {
        return SelfIdentification.GENDERS;
    }

    public List<String> getRaces() {
        return SelfIdentification.RACE_ETHNICITY;
    }

    public List<String> getVeteranAnswers() {
        return SelfIdentification.VETERAN;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public List<String> getRaceEthnicity() {
        return raceEthnicity;
    }

    public void setRaceEthnicity(List<String> raceEthnicity) {
        this.raceEthnicity = raceEthnicity == null ? new ArrayList<>() : raceEthnicity;
    }

    public String getVeteran() {
        return veteran;
    }

    public void setVeteran(String veteran) {
        this.veteran = veteran;
    }

    public boolean isDone() {
        return done;
    }
}
