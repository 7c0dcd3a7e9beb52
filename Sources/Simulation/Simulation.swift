public enum Simulation {}
