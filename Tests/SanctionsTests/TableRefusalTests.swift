import Foundation
import Sanctions
import Testing

/// Bad tables are refused with an error that names what is wrong.
@Suite("Table loading and refusals")
struct TableRefusalTests {
    /// Writes files into a fresh directory and tries to load it; returns the error text, or nil.
    static func loadError(_ files: [String: String]) throws -> String? {
        let directory = try ReferenceTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        do {
            _ = try InputOutputTable.load(directory: directory.path)
            return nil
        } catch {
            return error.description
        }
    }

    static let z = "row,A_c1,B_c1\nA_c1,1,2\nB_c1,3,4\n"
    static let f = "row,A_FD,B_FD\nA_c1,10,0\nB_c1,0,10\n"

    @Test("a good two-region table loads, with industry names and published output")
    func good() throws {
        let directory = try ReferenceTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = [
            "t_Z.csv": Self.z, "t_F.csv": Self.f, "t_x.csv": "row,gross_output\nA_c1,13\nB_c1,17\n",
            "t_industries.csv": "code,name\nc1,\"Agriculture, Hunting\"\n",
        ]
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let table = try InputOutputTable.load(directory: directory.path)
        #expect(table.name == "t")
        #expect(table.regions == ["A", "B"])
        #expect(table.grossOutput == [13, 17])
        #expect(table.industryNames["c1"] == "Agriculture, Hunting")
        #expect(table.intermediate.elements == [1, 2, 3, 4])
    }

    @Test("non-square Z")
    func nonSquare() throws {
        let message = try #require(try Self.loadError(["Z.csv": "row,A_c1,B_c1\nA_c1,1,2\n", "F.csv": Self.f]))
        #expect(message.contains("must be square: 1 rows but 2 columns"))
    }

    @Test("negative gross output")
    func negativeOutput() throws {
        let message = try #require(
            try Self.loadError(["Z.csv": Self.z, "F.csv": Self.f, "x.csv": "row,x\nA_c1,13\nB_c1,-5\n"])
        )
        #expect(message.contains("gross output of B_c1 is negative (-5.0)"))
        let computed = try #require(
            try Self.loadError(["Z.csv": Self.z, "F.csv": "row,A_FD,B_FD\nA_c1,10,0\nB_c1,0,-20\n"])
        )
        #expect(computed.contains("gross output of B_c1 is negative"))
    }

    @Test("labels that do not match")
    func mismatchedLabels() throws {
        let columns = try #require(
            try Self.loadError(["Z.csv": "row,A_c1,B_c2\nA_c1,1,2\nB_c1,3,4\n", "F.csv": Self.f])
        )
        #expect(
            columns.contains("column labels of Z do not match the rows of Z: at position 2 expected B_c1, found B_c2")
        )
        let demand = try #require(
            try Self.loadError(["Z.csv": Self.z, "F.csv": "row,A_FD,B_FD\nB_c1,10,0\nA_c1,0,10\n"])
        )
        #expect(demand.contains("row labels of F do not match"))
        let output = try #require(
            try Self.loadError(["Z.csv": Self.z, "F.csv": Self.f, "x.csv": "row,x\nA_c1,13\n"])
        )
        #expect(output.contains("row labels of gross output x do not match the rows of Z: at position 2"))
        let region = try #require(
            try Self.loadError(["Z.csv": Self.z, "F.csv": "row,A_FD,C_FD\nA_c1,10,0\nB_c1,0,10\n"])
        )
        #expect(region.contains("names region C, which has no sectors in Z"))
    }

    @Test("ragged rows, bad numbers, missing files, scattered regions")
    func malformed() throws {
        let ragged = try #require(try Self.loadError(["Z.csv": "row,A_c1,B_c1\nA_c1,1\nB_c1,3,4\n", "F.csv": Self.f]))
        #expect(ragged.contains(":2: row A_c1 has 1 values, the header has 2"))
        let word = try #require(
            try Self.loadError(["Z.csv": "row,A_c1,B_c1\nA_c1,1,two\nB_c1,3,4\n", "F.csv": Self.f])
        )
        #expect(word.contains("value 2 of row A_c1 is not a number"))
        let missing = try #require(try Self.loadError(["Z.csv": Self.z]))
        #expect(missing.contains("no file matching F.csv"))
        let scattered = try #require(
            try Self.loadError([
                "Z.csv": "row,A_c1,B_c1,A_c2\nA_c1,1,0,0\nB_c1,0,1,0\nA_c2,0,0,1\n",
                "F.csv": "row,A_FD\nA_c1,1\nB_c1,1\nA_c2,1\n",
            ])
        )
        #expect(scattered.contains("sectors of region A are not contiguous"))
    }

    @Test("decimals and exponents parse exactly as strtod does")
    func decimals() throws {
        let directory = try ReferenceTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "row,A_c1,B_c1\r\nA_c1,0.1,2.5e3\r\nB_c1,-0,1e-7\r\n".write(
            to: directory.appendingPathComponent("Z.csv"),
            atomically: true,
            encoding: .utf8
        )
        try Self.f.write(to: directory.appendingPathComponent("F.csv"), atomically: true, encoding: .utf8)
        let table = try InputOutputTable.load(directory: directory.path)
        #expect(table.intermediate.elements == [0.1, 2500, 0, 1e-7])
    }
}
