package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.util.List;

/** A hiring process template with its steps in order. */
public record TemplateView(long id, long version, String name, boolean isDefault, List<StepView> steps)
        implements Serializable {
}
