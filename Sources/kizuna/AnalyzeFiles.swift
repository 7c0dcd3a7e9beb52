import AIS
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// File access for `kizuna analyze`: whole files mapped into memory, standard input read.
enum AnalyzeFiles {
    /// Calls `body` with the bytes of `path`, mapped into memory; `-` is standard input.
    ///
    /// A regular file is mapped as it is. Standard input, a pipe or a device is first copied in 1 MiB
    /// reads into an unlinked temporary file, which is then mapped, so that memory stays bounded
    /// however much arrives (the pages are the kernel's file cache, not the process's heap).
    static func withContents(of path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw ValidationError("cannot open \(path): \(String(cString: strerror(errno)))") }
        }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            try withMapping(fd, size: Int(st.st_size), name: path, body)
            return
        }
        let spool = try spoolToTemporaryFile(fd, name: path == "-" ? "standard input" : path)
        defer { close(spool.fd) }
        try withMapping(spool.fd, size: spool.size, name: path, body)
    }

    static func withMapping(
        _ fd: Int32,
        size: Int,
        name: String,
        _ body: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        guard size > 0 else { return }
        guard let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED else {
            throw ValidationError("cannot map \(name): \(String(cString: strerror(errno)))")
        }
        defer { munmap(m, size) }
        madvise(m, size, MADV_SEQUENTIAL)
        try body(UnsafeRawBufferPointer(start: m, count: size))
    }

    /// Copies `fd` to the end into a temporary file that is already unlinked; returns its descriptor.
    static func spoolToTemporaryFile(_ fd: Int32, name: String) throws -> (fd: Int32, size: Int) {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((directory + "/kizuna-analyze-XXXXXX").utf8CString)
        let spool = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard spool >= 0 else { throw ValidationError("cannot create a temporary file in \(directory)") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var size = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                close(spool)
                throw ValidationError("cannot read \(name): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            var written = 0
            while written < n {
                let w = chunk.withUnsafeBytes { Glibc.write(spool, $0.baseAddress! + written, n - written) }
                if w < 0 {
                    if errno == EINTR { continue }
                    close(spool)
                    throw ValidationError(
                        "cannot write a temporary copy of \(name): \(String(cString: strerror(errno)))"
                    )
                }
                written += w
            }
            size += n
        }
        return (spool, size)
    }

    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ValidationError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return try readAll(fd, name: path)
    }

    static func readAll(_ fd: Int32, name: String) throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ValidationError("cannot read \(name): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[..<n])
        }
        return out
    }

    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var out = JSONOutput(capacity: text.utf8.count)
        out.bytes.append(contentsOf: text.utf8)
        StandardStreams.write(&out, to: fd)
    }
}
