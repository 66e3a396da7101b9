package org.bridgeway.web.explorer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.ParticipantFilter;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.ParticipantSummary;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.PostSummary;
import org.bridgeway.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** explorer/participants.xhtml: the caller's participants, paged, sorted and filtered in PostgreSQL. */
@Named
@ViewScoped
public class ParticipantListView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Participants participants;

    @Inject
    private ExplorerPosts posts;

    private List<PostSummary> visiblePosts;

    private final LazyDataModel<ParticipantSummary> model = new ParticipantDataModel();

    @PostConstruct
    void init() {
        visiblePosts = posts.listPosts();
    }

    public LazyDataModel<ParticipantSummary> getModel() {
        return model;
    }

    public List<PostSummary> getPosts() {
        return visiblePosts;
    }

    public ParticipantStatus[] getStatuses() {
        return ParticipantStatus.values();
    }

    static ParticipantFilter toFilter(Map<String, FilterMeta> filters) {
        return new ParticipantFilter(number(filters, "postName"), null, status(filters), Filters.text(filters, "displayName"));
    }

    private static Long number(Map<String, FilterMeta> filters, String field) {
        String value = Filters.text(filters, field);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ParticipantStatus status(Map<String, FilterMeta> filters) {
        String value = Filters.text(filters, "status");
        try {
            return value == null ? null : ParticipantStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private final class ParticipantDataModel extends LazyDataModel<ParticipantSummary> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) participants.countParticipants(toFilter(filters));
        }

        @Override
        public List<ParticipantSummary> load(int first, int pageSize, Map<String, SortMeta> sorts,
                Map<String, FilterMeta> filters) {
            SortMeta sort = sorts.values().stream().findFirst().orElse(null);
            var request = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE),
                    sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
            return participants.listParticipants(toFilter(filters), request);
        }

        @Override
        public String getRowKey(ParticipantSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public ParticipantSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(p -> String.valueOf(p.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
