package org.bridgeway.explorer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.bridgeway.explorer.api.CohortDraft;

@Entity
@Table(name = "explorer_cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Cohort() {
    }

    Cohort(long postId, CohortDraft draft) {
        this.postId = postId;
        this.name = draft.getName().strip();
        this.startsOn = draft.getStartsOn();
        this.endsOn = draft.getEndsOn();
    }

    public Long getId() {
        return id;
    }

    long getPostId() {
        return postId;
    }

    String getName() {
        return name;
    }
}
