import ArgumentParser

/// `kizuna simulate`: simulated traffic with ground truth (not built yet).
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "simulate", abstract: "Simulate AIS traffic.")
}
