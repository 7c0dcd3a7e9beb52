import AIS
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// File access for `kizuna analyze`: whole files mapped into memory, standard input read.
enum AnalyzeFiles {
    /// Calls `body` with the bytes of `path` (mapped when it is a regular file; `-` is standard input).
    static func withContents(of path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if path != "-" {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw ValidationError("cannot open \(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            var st = stat()
            if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                let size = Int(st.st_size)
                if size == 0 { return }
                if let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED {
                    defer { munmap(m, size) }
                    madvise(m, size, MADV_SEQUENTIAL)
                    try body(UnsafeRawBufferPointer(start: m, count: size))
                    return
                }
            }
            let bytes = try readAll(fd, name: path)
            try bytes.withUnsafeBytes { try body($0) }
            return
        }
        let bytes = try readAll(0, name: "standard input")
        try bytes.withUnsafeBytes { try body($0) }
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
