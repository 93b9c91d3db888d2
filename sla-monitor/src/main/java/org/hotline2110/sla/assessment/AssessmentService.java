package org.hotline2110.sla.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** A period's figures: counted by the store, scored by the configured weights. Blocking (JDBC): worker threads only. */
@ApplicationScoped
public class AssessmentService {

    private final AssessmentStore store;
    private final AssessmentConfig config;
    private final ReferenceNames names;

    public AssessmentService(AssessmentStore store, AssessmentConfig config, ReferenceNames names) {
        this.store = store;
        this.config = config;
        this.names = names;
    }

    /** For an export: the tickets can be listed too. */
    public AssessmentStore.Snapshot snapshot(Period period) {
        return store.open(period, true);
    }

    public List<DepartmentFigures> figures(AssessmentStore.Snapshot snapshot) {
        return Scoring.score(snapshot.departments(), config, names::department);
    }

    public List<DepartmentFigures> figures(Period period) {
        try (AssessmentStore.Snapshot snapshot = store.open(period, false)) {
            return figures(snapshot);
        }
    }
}
