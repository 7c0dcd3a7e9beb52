public enum Geo {}
