import Knowledge
import Testing
