public enum KnowledgeBase {}
