package org.bridgeway.web.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bridgeway.recruitment.api.Education;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.ResidencyRule;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.recruitment.api.TemplateView;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * recruitment/process.xhtml (administrators): the hiring steps of the installation's template — order, names,
 * how results are recorded, retest waits, which may be skipped — and the sworn-hiring rules. The service refuses
 * a template that breaks a rule (e.g. a medical step before the conditional offer) and says why.
 */
@Named
@ViewScoped
public class ProcessView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private HiringProcesses processes;

    @Inject
    private org.bridgeway.recruitment.api.RecruitmentMessages messages;

    /** Message templates being edited: code, language, subject, body. */
    private final List<MessageRow> templates = new ArrayList<>();

    private long templateId;
    private long templateVersion;
    private String templateName;
    private final List<StepRow> steps = new ArrayList<>();
    private StepKind newKind = StepKind.OTHER;
    private String newCode = "NEXT_STEP";
    private String newLanguage = "en";
    private String newSubject;
    private String newBody;

    private long rulesVersion;
    private int minimumAge;
    private LocalDate nextAcademyGraduation;
    private Education minimumEducation;
    private ResidencyRule residencyRule;

    /** One editable message template. */
    public static final class MessageRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String code;
        private String language;
        private String subject;
        private String body;

        public String getCode() {
            return code;
        }

        public String getLanguage() {
            return language;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** One editable step. */
    public static final class StepRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String code;
        private StepKind kind;
        private String name;
        private OutcomeKind outcomeKind;
        private Integer cutOff;
        private Integer retestWaitDays;
        private boolean required;

        StepDefinition definition() {
            return new StepDefinition(code, kind, name == null || name.isBlank() ? null : name.strip(), outcomeKind,
                    outcomeKind == OutcomeKind.SCORE ? cutOff : null, retestWaitDays, required);
        }

        public String getCode() {
            return code;
        }

        public StepKind getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public OutcomeKind getOutcomeKind() {
            return outcomeKind;
        }

        public void setOutcomeKind(OutcomeKind outcomeKind) {
            this.outcomeKind = outcomeKind;
        }

        public Integer getCutOff() {
            return cutOff;
        }

        public void setCutOff(Integer cutOff) {
            this.cutOff = cutOff;
        }

        public Integer getRetestWaitDays() {
            return retestWaitDays;
        }

        public void setRetestWaitDays(Integer retestWaitDays) {
            this.retestWaitDays = retestWaitDays;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }

    @PostConstruct
    void load() {
        TemplateView template = processes.defaultTemplate();
        templateId = template.id();
        templateVersion = template.version();
        templateName = template.name();
        steps.clear();
        template.steps().forEach(s -> {
            var row = new StepRow();
            row.code = s.code();
            row.kind = s.kind();
            row.name = s.name();
            row.outcomeKind = s.outcomeKind();
            row.cutOff = s.cutOff();
            row.retestWaitDays = s.retestWaitDays();
            row.required = s.required();
            steps.add(row);
        });
        templates.clear();
        messages.templates().forEach(t -> {
            var row = new MessageRow();
            row.code = t.code();
            row.language = t.language();
            row.subject = t.subject();
            row.body = t.body();
            templates.add(row);
        });
        var rules = processes.rules();
        rulesVersion = rules.version();
        minimumAge = rules.minimumAge();
        nextAcademyGraduation = rules.nextAcademyGraduation();
        minimumEducation = rules.minimumEducation();
        residencyRule = rules.residencyRule();
    }

    public void up(int index) {
        if (index > 0) {
            Collections.swap(steps, index, index - 1);
        }
    }

    public void down(int index) {
        if (index < steps.size() - 1) {
            Collections.swap(steps, index, index + 1);
        }
    }

    public void remove(int index) {
        steps.remove(index);
    }

    /** A new step just before "hired", with a code made from its kind. */
    public void add() {
        var row = new StepRow();
        row.kind = newKind;
        row.outcomeKind = OutcomeKind.PASS_FAIL;
        row.required = true;
        String base = newKind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String code = base;
        for (int i = 2; codeTaken(code); i++) {
            code = base + "-" + i;
        }
        row.code = code;
        steps.add(Math.max(0, steps.size() - 1), row);
    }

    private boolean codeTaken(String code) {
        return steps.stream().anyMatch(s -> s.code.equals(code));
    }

    public void saveTemplate() {
        try {
            processes.saveTemplate(templateId, templateVersion, templateName, steps.stream().map(StepRow::definition).toList());
            Messages.info("recruitment.process.saved");
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void saveMessage(MessageRow row) {
        try {
            messages.saveTemplate(row.code, row.language, row.subject, row.body);
            Messages.info("recruitment.process.messageSaved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** A template for another code or language (e.g. a step's own message in Somali). */
    public void addMessage() {
        try {
            messages.saveTemplate(newCode, newLanguage, newSubject, newBody);
            Messages.info("recruitment.process.messageSaved");
            newSubject = null;
            newBody = null;
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The codes a template can be written for: the general ones and each step's own. */
    public List<String> getTemplateCodes() {
        List<String> codes = new ArrayList<>(List.of("NEXT_STEP", "SESSION_INVITATION", "SESSION_REMINDER",
                "SELF_IDENTIFICATION"));
        steps.forEach(s -> codes.add("STEP_" + s.code.toUpperCase(Locale.ROOT).replace('-', '_')));
        return codes;
    }

    public String codeLabel(String code) {
        if (code.startsWith("STEP_")) {
            String stepCode = code.substring(5).toLowerCase(Locale.ROOT).replace('_', '-');
            return steps.stream().filter(s -> s.code.equals(stepCode)).findFirst()
                    .map(s -> Messages.text("recruitment.process.stepMessage", label(s))).orElse(code);
        }
        String key = "MessageCode." + code;
        String text = Messages.text(key);
        return text.equals(Messages.text("error.unexpected")) ? code : text;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public String getNewSubject() {
        return newSubject;
    }

    public void setNewSubject(String newSubject) {
        this.newSubject = newSubject;
    }

    public String getNewBody() {
        return newBody;
    }

    public void setNewBody(String newBody) {
        this.newBody = newBody;
    }

    public List<MessageRow> getTemplates() {
        return templates;
    }

    public void saveRules() {
        try {
            processes.saveRules(rulesVersion, minimumAge, nextAcademyGraduation, minimumEducation, residencyRule);
            Messages.info("recruitment.process.rulesSaved");
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String label(StepRow row) {
        return row.name != null && !row.name.isBlank() ? row.name : Messages.text("StepKind." + row.kind);
    }

    public StepKind[] getKinds() {
        return StepKind.values();
    }

    public OutcomeKind[] getOutcomeKinds() {
        return OutcomeKind.values();
    }

    public Education[] getEducations() {
        return Education.values();
    }

    public ResidencyRule[] getResidencyRules() {
        return ResidencyRule.values();
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public StepKind getNewKind() {
        return newKind;
    }

    public void setNewKind(StepKind newKind) {
        this.newKind = newKind;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(int minimumAge) {
        this.minimumAge = minimumAge;
    }

    public LocalDate getNextAcademyGraduation() {
        return nextAcademyGraduation;
    }

    public void setNextAcademyGraduation(LocalDate nextAcademyGraduation) {
        this.nextAcademyGraduation = nextAcademyGraduation;
    }

    public Education getMinimumEducation() {
        return minimumEducation;
    }

    public void setMinimumEducation(Education minimumEducation) {
        this.minimumEducation = minimumEducation;
    }

    public ResidencyRule getResidencyRule() {
        return residencyRule;
    }

    public void setResidencyRule(ResidencyRule residencyRule) {
        this.residencyRule = residencyRule;
    }
}
