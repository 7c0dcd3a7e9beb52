import Sanctions
import Testing
