public enum InputOutput {}
