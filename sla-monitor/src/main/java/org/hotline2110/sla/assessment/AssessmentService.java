package org.hotline2110.sla.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.sla.clock.DispatchCentre;

/** A period's figures: counted by the store, scored by the configured weights. Blocking (JDBC): worker threads only. */
@ApplicationScoped
public class AssessmentService {

    /** The departments' lines and the dispatch centre's, from one snapshot. */
    public record Figures(List<DepartmentFigures> departments, DispatchCentreFigures dispatchCentre) {
    }

    private final AssessmentStore store;
    private final AssessmentConfig config;
    private final ReferenceNames names;
    private final DispatchCentre dispatchCentre;

    public AssessmentService(AssessmentStore store, AssessmentConfig config, ReferenceNames names,
            DispatchCentre dispatchCentre) {
        this.store = store;
        this.config = config;
        this.names = names;
        this.dispatchCentre = dispatchCentre;
    }

    /** For an export: the tickets can be listed too. */
    public AssessmentStore.Snapshot snapshot(Period period) {
        return store.open(period, true);
    }

    public Figures figures(AssessmentStore.Snapshot snapshot) {
        String centre = dispatchCentre.id();
        return new Figures(Scoring.score(snapshot.departments(), config, names::department),
                snapshot.dispatchCentre(centre, names.department(centre)));
    }

    public Figures figures(Period period) {
        try (AssessmentStore.Snapshot snapshot = store.open(period, false)) {
            return figures(snapshot);
        }
    }
}
