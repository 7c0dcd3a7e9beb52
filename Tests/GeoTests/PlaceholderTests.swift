import Geo
import Testing
