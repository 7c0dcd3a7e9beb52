public enum Picture {}
