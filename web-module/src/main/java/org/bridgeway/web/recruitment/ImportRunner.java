package org.bridgeway.web.recruitment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.bridgeway.recruitment.api.ApplicantImports;

/**
 * Runs an import's commit off the request thread, as the person who asked for it (their Shiro subject goes
 * with the task), so the page can show a progress bar while it runs. Progress and outcome live in PostgreSQL,
 * so any server can answer the progress bar.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ApplicantImports imports;

    public void start(long importId, boolean allOrNothing) {
        Runnable work = SecurityUtils.getSubject().associateWith(() -> {
            try {
                imports.commit(importId, allOrNothing);
            } catch (RuntimeException e) {
                // The service marked the import FAILED; the page shows that. Keep the cause for operators.
                LOG.log(Level.WARNING, "Import " + importId + " failed", e);
            }
        });
        executor.submit(work);
    }
}
