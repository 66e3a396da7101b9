package org.bridgeway.web.explorer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.PostSummary;

/** explorer/posts.xhtml: the caller's posts (a short list: no paging needed). */
@Named
@RequestScoped
public class PostListView {

    @Inject
    private ExplorerPosts posts;

    private List<PostSummary> loaded;

    public List<PostSummary> getPosts() {
        if (loaded == null) {
            loaded = posts.listPosts();
        }
        return loaded;
    }
}
