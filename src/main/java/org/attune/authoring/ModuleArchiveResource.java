package org.attune.authoring;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Map;
import org.attune.content.ModuleFolderReader;
import org.attune.web.ApiError;

/**
 * Modules as zips in the {@code modules/} format, for authors' scripts as much as for the Author area:
 * {@code GET /api/authoring/modules/{slug}.zip} exports the published module; {@code POST /api/authoring/modules/{slug}}
 * (a zip of that module as the body, {@code ?course=} for a module new to the catalog) puts it into the module's
 * draft, once the caller is known to author it (before the zip is read); and
 * {@code POST /api/authoring/modules/{slug}/publish} publishes the draft as the next revision. Admins may do this
 * for any module; an instructor for the modules of the courses they teach. A post-test travels as a QTI 3.0
 * package too: {@code GET /api/authoring/modules/{slug}/post-test.qti.zip} exports the published one, and
 * {@code POST /api/authoring/modules/{slug}/post-test.qti} adds a package's questions to the module's draft; both
 * only for the module's own authors (the course's instructors and admins).
 */
@Path("authoring/modules")
public class ModuleArchiveResource {

    @Inject
    Authors authors;

    @Inject
    DraftPublishing publication;

    @Inject
    ModuleZipImport imports;

    @Inject
    QtiImport qtiImports;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{slug}.zip")
    @Produces("application/zip")
    public Response export(@PathParam("slug") String slug) {
        authors.requireAuthor();
        var module = publication.publishedDefinition(slug).orElseThrow(NotFoundException::new);
        return Response.ok(ModuleArchive.export(module))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"")
                .build();
    }

    @GET
    @Path("{slug}/post-test.qti.zip")
    @Produces("application/zip")
    public Response exportPostTest(@PathParam("slug") String slug) {
        authors.requireModule(slug);
        var module = publication
                .publishedDefinition(slug)
                .filter(m -> m.quiz() != null)
                .orElseThrow(NotFoundException::new);
        var learn = uri.getBaseUri().resolve("../learn/" + slug + "/");
        return Response.ok(
                        QtiWriter.export(module, lesson -> learn.resolve(lesson).toString()))
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-post-test.qti.zip\"")
                .build();
    }

    @POST
    @Path("{slug}/post-test.qti")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importPostTest(@PathParam("slug") String slug, InputStream upload) {
        try {
            var outcome = qtiImports.into(slug, upload);
            return Response.ok(Map.of("added", outcome.added(), "notes", outcome.notes()))
                    .build();
        } catch (AuthoringRefusal refused) {
            return Response.status(400)
                    .entity(ApiError.of(400, headers, refused))
                    .build();
        }
    }

    @POST
    @Path("{slug}")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importModule(
            @PathParam("slug") String slug, @QueryParam("course") String course, InputStream upload) {
        authors.requireAuthor();
        if (!ModuleFolderReader.SLUG.matcher(slug).matches()) {
            throw new NotFoundException();
        }
        try {
            var module = imports.into(slug, course, upload);
            return Response.ok(Map.of(
                            "slug", module.slug(),
                            "draft", true,
                            "problems", publication.publishProblems(module.slug())))
                    .build();
        } catch (AuthoringRefusal refused) {
            return Response.status(400)
                    .entity(ApiError.of(400, headers, refused))
                    .build();
        }
    }

    @POST
    @Path("{slug}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("slug") String slug, @QueryParam("replaceNewer") boolean replaceNewer) {
        authors.requireAuthor();
        try {
            var published = publication.publish(slug, replaceNewer);
            return Response.ok(Map.of(
                            "slug",
                            slug,
                            "revision",
                            published.revision(),
                            "outcome",
                            published.changed() ? "PUBLISHED" : "UNCHANGED",
                            "warnings",
                            published.warnings()))
                    .build();
        } catch (NotADraftException refused) {
            return Response.status(404)
                    .entity(ApiError.of(404, headers, refused))
                    .build();
        } catch (AuthoringRefusal refused) {
            return Response.status(409)
                    .entity(ApiError.of(409, headers, refused))
                    .build();
        }
    }
}
