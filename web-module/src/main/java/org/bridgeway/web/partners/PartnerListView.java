package org.bridgeway.web.partners;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.partners.api.PartnerFilter;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerSummary;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** partners/partners.xhtml: the lazy, database-paged list of partner organisations. */
@Named
@ViewScoped
public class PartnerListView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partnerService;

    private final LazyDataModel<PartnerSummary> partners = new PartnerDataModel();

    public LazyDataModel<PartnerSummary> getPartners() {
        return partners;
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    static PartnerFilter toFilter(Map<String, FilterMeta> filters) {
        return new PartnerFilter(text(filters, "name"), enumValue(filters, "type"), text(filters, "languagesServed"),
                bool(filters, "active"));
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static PartnerType enumValue(Map<String, FilterMeta> filters, String field) {
        String value = text(filters, field);
        if (value == null) {
            return null;
        }
        try {
            return PartnerType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Boolean bool(Map<String, FilterMeta> filters, String field) {
        String value = text(filters, field);
        return value == null ? null : Boolean.valueOf(value);
    }

    /** Pages, sorts and filters in PostgreSQL; only one page of rows is ever in memory. */
    private final class PartnerDataModel extends LazyDataModel<PartnerSummary> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) partnerService.countPartners(toFilter(filters));
        }

        @Override
        public List<PartnerSummary> load(int first, int pageSize, Map<String, SortMeta> sorts,
                Map<String, FilterMeta> filters) {
            SortMeta sort = sorts.values().stream().findFirst().orElse(null);
            var request = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE),
                    sort == null ? "name" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            return partnerService.listPartners(toFilter(filters), request);
        }

        @Override
        public String getRowKey(PartnerSummary partner) {
            return String.valueOf(partner.id());
        }

        @Override
        public PartnerSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(p -> String.valueOf(p.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
