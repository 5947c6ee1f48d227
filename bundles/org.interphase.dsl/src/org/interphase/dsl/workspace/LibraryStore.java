package org.interphase.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.persistence.ResourceStorageLoadable;
import org.eclipse.xtext.resource.persistence.ResourceStorageWritable;
import org.eclipse.xtext.resource.persistence.StorageAwareResource;
import org.interphase.model.Document;

/**
 * The built-in material library's files parsed once, kept in Xtext's binary resource storage (the parsed
 * model, its node model and its index entry, as Xtext's builders keep theirs) in a folder of the user's
 * cache, and read from there by later commands instead of being parsed again (docs/engine.md, "Start-up":
 * the library is 85 of the 86 kB a check of one file parses).
 *
 * <p>Only where the property {@value #PROPERTY} names a folder (the {@code interphase} script's flat launch
 * sets it to a folder of the user's cache, never the product's): elsewhere (the workbench, the tests, the
 * framework launch) every file is parsed as before. A stored file is named by the checksum of what it was
 * made from: the library file's text and the jars of the language, the model and Xtext (their paths, sizes
 * and times), so that a changed library or a rebuilt product is parsed anew, never read from an older
 * store; stores of other checksums are removed when a new one is written. A store that cannot be read (a
 * truncated or foreign file) is ignored and the text parsed. A file with syntax errors is never stored, nor
 * one with a transient part (a cell's derived interfaces), which the storage leaves out. The node model
 * (where each object is in the text: quantities shown as written, problems located) is stored too and
 * rebuilt over the file's text, which this resource set reads from the bytes given.
 */
public final class LibraryStore {

    /** The folder of the stored library files (a system property; unset: no store). */
    public static final String PROPERTY = "interphase.library.cache";

    /** What the stored form depends on besides the text: the code that parses and stores it. */
    private static final String CODE = code(LibraryStore.class, Document.class, StorageAwareResource.class);

    private LibraryStore() {
    }

    /** The folder of the property {@value #PROPERTY}, or null. */
    public static Path folder() {
        String f = System.getProperty(PROPERTY);
        return f == null || f.isBlank() ? null : Path.of(f);
    }

    /**
     * The library files' resources in a resource set, in the order given: each read from the store in
     * {@code folder} if it holds this text's, else parsed and, once all are loaded and their references
     * resolved (a reference within a file is stored as such, one to another file by the name it links to),
     * stored there if {@code folder} is not null.
     *
     * @param files the library files' URIs and texts
     * @return the resources, loaded
     */
    public static List<Resource> loadAll(ResourceSet set, Map<URI, byte[]> files, Path folder) throws IOException {
        List<Resource> loaded = new ArrayList<>();
        Map<Resource, Path> parsed = new LinkedHashMap<>();
        for (Map.Entry<URI, byte[]> file : files.entrySet()) {
            URI uri = file.getKey();
            byte[] text = file.getValue();
            // the stored node model is rebuilt over the file's text, which the storage reads through the URI:
            // this resource set reads it from these bytes, wherever the library lives (a jar, a bundle)
            Texts.in(set).put(uri, text);
            Path stored = folder == null ? null : folder.resolve(name(uri) + "-" + checksum(uri, text) + ".bin");
            Resource r = stored != null && Files.isRegularFile(stored) ? fromStore(set, uri, stored) : null;
            if (r == null) {
                r = set.createResource(uri);
                r.load(new ByteArrayInputStream(text), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
                parsed.put(r, stored);
            }
            loaded.add(r);
        }
        if (folder != null) {
            for (Resource r : parsed.keySet()) {
                EcoreUtil.resolveAll(r);
            }
            for (Map.Entry<Resource, Path> p : parsed.entrySet()) {
                Resource r = p.getKey();
                if (r instanceof StorageAwareResource s && r.getErrors().isEmpty() && storable(r)) {
                    store(s, p.getValue());
                }
            }
        }
        return loaded;
    }

    /** The resource read from its store, or null (then it is not in the set) if the store cannot be read. */
    private static Resource fromStore(ResourceSet set, URI uri, Path stored) {
        Resource r = set.createResource(uri);
        if (r instanceof StorageAwareResource s) {
            try (InputStream in = Files.newInputStream(stored)) {
                s.loadFromStorage(new ResourceStorageLoadable(in, true));
                return r;
            } catch (IOException | RuntimeException e) {
                // not a store this code can read: parsed, and the store written anew
                r.unload();
            }
        }
        set.getResources().remove(r);
        return null;
    }

    /**
     * Whether the storage holds the whole model: every reference resolves, and no transient feature is
     * set (the storage leaves those out, and a stored resource gets no derived state, e.g. a cell's
     * interfaces), else the file is parsed every time.
     */
    private static boolean storable(Resource r) {
        if (!EcoreUtil.ProxyCrossReferencer.find(r).isEmpty()) {
            return false; // a reference that does not resolve: parsed every time, and linked (and reported) anew
        }
        for (var i = r.getAllContents(); i.hasNext();) {
            EObject o = i.next();
            for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
                if (f.isTransient() && !f.isDerived() && o.eIsSet(f)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The library files' texts, served to a resource set by their URIs. */
    private static final class Texts extends URIHandlerImpl {
        private final Map<URI, byte[]> texts = new ConcurrentHashMap<>();

        static Map<URI, byte[]> in(ResourceSet set) {
            List<URIHandler> handlers = set.getURIConverter().getURIHandlers();
            for (URIHandler h : handlers) {
                if (h instanceof Texts t) {
                    return t.texts;
                }
            }
            Texts t = new Texts();
            handlers.add(0, t);
            return t.texts;
        }

        @Override
        public boolean canHandle(URI uri) {
            return texts.containsKey(uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) {
            return new ByteArrayInputStream(texts.get(uri));
        }
    }

    private static void store(StorageAwareResource r, Path stored) {
        try {
            Files.createDirectories(stored.getParent());
            // written under a name of its own and moved into place: concurrent commands never read half a store
            Path partial = Files.createTempFile(stored.getParent(), ".partial-", ".bin");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    new ResourceStorageWritable(out, true).writeResource(r);
                }
                Files.move(partial, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            String prefix = name(r.getURI()) + "-";
            try (Stream<Path> s = Files.list(stored.getParent())) {
                for (Path old : s.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.equals(stored)).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be written, or a model the storage cannot write: parsed next time too
        }
    }

    /** The file name of a library file's URI without its extension. */
    private static String name(URI uri) {
        String last = uri.lastSegment() == null ? "library" : uri.lastSegment();
        return last.endsWith(".cell") ? last.substring(0, last.length() - 5) : last;
    }

    static String checksum(URI uri, byte[] text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(CODE.getBytes(StandardCharsets.UTF_8));
            d.update(uri.toString().getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(text);
            return HexFormat.of().formatHex(d.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The path, size and time of the jar or folder each class was loaded from. */
    private static String code(Class<?>... classes) {
        StringBuilder s = new StringBuilder("store 1");
        for (Class<?> c : classes) {
            s.append('\n').append(c.getName());
            try {
                var source = c.getProtectionDomain().getCodeSource();
                Path p = source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
                if (p != null && Files.exists(p)) {
                    s.append(' ').append(p).append(' ').append(Files.size(p)).append(' ')
                            .append(Files.getLastModifiedTime(p).toMillis());
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // no file to name (an OSGi bundle's location): the text and the version below still count
            }
            Package pkg = c.getPackage();
            s.append(' ').append(pkg == null ? "" : pkg.getImplementationVersion());
        }
        return s.toString();
    }
}
