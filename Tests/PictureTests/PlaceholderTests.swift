import Picture
import Testing
