package org.interphase.execution;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One run at a time writes into an output folder (issue 14): {@code OUT/.lock}, locked by the
 * running process for the whole execution, so that a second {@code interphase run} (or Run Study)
 * on the same folder waits until the first is done instead of removing its staging folders or
 * racing it for the same result folder. Within one JVM the lock is a {@link ReentrantLock} per
 * folder, since a file lock is held per process.
 */
final class OutputLock implements AutoCloseable {

    /** The lock file in the output folder (empty; left in place: deleting it would race). */
    static final String FILE = ".lock";

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks an output folder, creating it, and waits while another run holds it.
     *
     * @param waiting hears once why this run waits, when it does
     */
    static OutputLock acquire(Path out, Consumer<String> waiting) throws IOException, InterruptedException {
        Path folder = out.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + ": cannot be written: a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(folder + ": cannot be written: " + (e.getReason() != null ? e.getReason()
                    : "cannot create " + e.getFile()), e);
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
        if (!local.tryLock()) {
            waiting.accept("waiting for another run writing into " + folder);
            local.lockInterruptibly();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.accept("waiting for another process writing into " + folder + " (" + FILE + " is locked)");
                lock = channel.lock();
            }
            return new OutputLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
