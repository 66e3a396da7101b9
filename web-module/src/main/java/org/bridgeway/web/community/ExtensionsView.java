package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import org.bridgeway.shared.extensions.Extensions;
import org.bridgeway.web.shell.Messages;

/**
 * admin/extensions.xhtml: every installed extension rule and check (bundle, version, state, last failure) and where
 * it is switched on: eligibility rules per Explorer post, hiring-step checks per hiring template.
 */
@Named
@ViewScoped
public class ExtensionsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Extensions extensions;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private HiringProcesses processes;

    /**
     * Chosen scopes (post or template ids as strings) per "KIND/id". A Map's value type is unknown to Faces, so a
     * multiple-choice menu stores a String[] here: values are kept as arrays.
     */
    private final Map<String, String[]> chosen = new HashMap<>();

    private transient List<Extensions.ExtensionView> list;
    private transient Map<Long, String> posts;
    private transient Map<Long, String> templates;

    public List<Extensions.ExtensionView> getList() {
        if (list == null) {
            list = extensions.extensions();
            for (Extensions.ExtensionView view : list) {
                chosen.putIfAbsent(key(view), view.enabledFor().stream().map(String::valueOf).toArray(String[]::new));
            }
        }
        return list;
    }

    public void save(Extensions.ExtensionView view) {
        Set<Long> wanted = new HashSet<>();
        for (String id : chosen.getOrDefault(key(view), new String[0])) {
            wanted.add(Long.valueOf(id));
        }
        try {
            for (Long scope : wanted) {
                if (!view.enabledFor().contains(scope)) {
                    extensions.enable(view.kind(), view.id(), scope, true);
                }
            }
            for (Long scope : view.enabledFor()) {
                if (!wanted.contains(scope)) {
                    extensions.enable(view.kind(), view.id(), scope, false);
                }
            }
            Messages.info("extensions.saved", view.id());
            list = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public static String key(Extensions.ExtensionView view) {
        return view.kind() + "/" + view.id();
    }

    /** Where the extension can be switched on: Explorer posts for rules, hiring templates for checks. */
    public Map<Long, String> scopes(Extensions.ExtensionView view) {
        return view.kind() == ExtensionRegistry.Kind.ELIGIBILITY_RULE ? getPosts() : getTemplates();
    }

    public Map<Long, String> getPosts() {
        if (posts == null) {
            posts = new LinkedHashMap<>();
            explorer.postNames(explorer.allPosts()).entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> posts.put(e.getKey(), e.getValue()));
        }
        return posts;
    }

    public Map<Long, String> getTemplates() {
        if (templates == null) {
            templates = new LinkedHashMap<>();
            processes.templates().forEach(t -> templates.put(t.id(), t.name()));
        }
        return templates;
    }

    public Map<String, String[]> getChosen() {
        return chosen;
    }
}
