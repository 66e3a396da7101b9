package org.bridgeway.web.shell;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a service that pages in the database and returns {@link Page}s: the
 * table asks for one page at a time; filters live in the view and are read by the fetch function.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Reads one page; a lambda of the (serializable) view. */
    @FunctionalInterface
    public interface Fetch<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }

    /** The row's key for selection and row events. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Fetch<T> fetch;
    private final Key<T> key;

    public PagedModel(Fetch<T> fetch, Key<T> key) {
        this.fetch = fetch;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) fetch.fetch(PageRequest.first(1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        Page<T> page = fetch.fetch(new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, true));
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> Objects.equals(String.valueOf(key.of(row)), rowKey)).findFirst().orElse(null);
    }
}
