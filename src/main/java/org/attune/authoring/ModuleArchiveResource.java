package org.attune.authoring;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.content.ContentException;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleImport;
import org.attune.quiz.QuizService;
import org.attune.web.ApiError;

/**
 * Modules as zips: {@code GET /api/authoring/modules/{slug}.zip} exports one in the {@code modules/} format;
 * {@code POST /api/authoring/modules} (a zip as the body) imports one, replacing the module of the same slug. Admins
 * may do both for any module; an instructor only for modules of the courses they teach (so not a new module).
 */
@Path("authoring/modules")
public class ModuleArchiveResource {

    @Inject
    CatalogService catalog;

    @Inject
    QuizService quizzes;

    @Inject
    ModuleImport modules;

    @Inject
    AccountService accounts;

    @GET
    @Path("{slug}.zip")
    @Produces("application/zip")
    public Response export(@PathParam("slug") String slug, @Context SecurityContext security) {
        var module = catalog.definitionOf(slug).orElseThrow(NotFoundException::new);
        requireAuthor(security, slug);
        var full = new ModuleDefinition(
                module.slug(),
                module.title(),
                module.order(),
                module.ceHours(),
                module.summary(),
                module.objectives(),
                module.references(),
                module.lessons(),
                quizzes.definitionOf(slug).orElse(null));
        return Response.ok(ModuleArchive.export(full))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"")
                .build();
    }

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importModule(InputStream upload, @Context SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new ForbiddenException();
        }
        java.nio.file.Path scratch = null;
        try {
            scratch = Files.createTempDirectory("attune-upload");
            ModuleDefinition module;
            try {
                module = ModuleArchive.read(upload, scratch);
            } catch (ContentException refused) {
                return Response.status(400)
                        .entity(new ApiError(400, "Not imported: " + refused.getMessage()))
                        .build();
            }
            requireAuthor(security, module.slug());
            var outcome =
                    modules.importModule(module, catalog.courseOf(module.slug()).orElse(null));
            return Response.ok(Map.of("slug", module.slug(), "outcome", outcome.name()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(scratch);
        }
    }

    /** Admins author anything; instructors only modules of the courses they teach. */
    private void requireAuthor(SecurityContext security, String moduleSlug) {
        if (security.getUserPrincipal() == null) {
            throw new ForbiddenException();
        }
        if (security.isUserInRole("admin")) {
            return;
        }
        var account =
                accounts.findByEmail(security.getUserPrincipal().getName()).orElseThrow(ForbiddenException::new);
        var course = catalog.courseOf(moduleSlug);
        if (!security.isUserInRole("instructor")
                || course.isEmpty()
                || !catalog.coursesTaughtBy(account.getId()).contains(course.get())) {
            throw new ForbiddenException();
        }
    }

    private static void delete(java.nio.file.Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch folder left behind in the server's temp directory does no harm.
        }
    }
}
