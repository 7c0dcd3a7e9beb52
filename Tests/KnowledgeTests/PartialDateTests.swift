import Knowledge
import Testing

@Suite("Partial dates")
struct PartialDateTests {
    @Test(arguments: ["2014", "2023-07", "2023-07-12", "2024-02-29"])
    func parsesAndPrintsBack(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["", "14", "2014-7", "2023-13", "2023-02-30", "2023-02-29", "2023-07-12T00:00", "abcd", "２０２３"])
    func rejects(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func coversItsPeriod() throws {
        let year = try #require(PartialDate("2017"))
        #expect(year.firstDay.description == "2017-01-01")
        #expect(year.lastDay.description == "2017-12-31")
        #expect(try #require(PartialDate("2024-02")).lastDay.description == "2024-02-29")
        #expect(year.covers(try #require(PartialDate("2017-06-30"))))
        #expect(!year.covers(try #require(PartialDate("2018-01-01"))))
    }

    @Test func ordersByFirstDayThenPrecision() throws {
        let dates = ["2014-05-06", "2014", "2013-12-31", "2014-05"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.description) == ["2013-12-31", "2014", "2014-05", "2014-05-06"])
    }

    @Test func nextDayRollsOver() throws {
        #expect(try #require(PartialDate("2023-12-31")).nextDay.description == "2024-01-01")
        #expect(try #require(PartialDate("2017")).nextDay.description == "2018-01-01")
        #expect(try #require(PartialDate("2024-02-28")).nextDay.description == "2024-02-29")
    }
}
