/// The API's OpenAPI 3.1 description, served at `/openapi.json`.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "Kizuna node", "version": "1",
            "description": "The live maritime picture of one Kizuna node. Times are ISO 8601 UTC (or milliseconds since 1970 in queries); coordinates are WGS 84 degrees, [lon, lat] in GeoJSON. Errors are 4xx with {\"error\": {\"message\": ...}}."},
          "paths": {
            "/health": {"get": {"summary": "Liveness and store reachability", "responses": {"200": {"description": "ok"}}}},
            "/metrics": {"get": {"summary": "Prometheus text exposition", "responses": {"200": {"description": "metrics", "content": {"text/plain": {}}}}}},
            "/api/v1/vessels": {"get": {
              "summary": "Vessels with a position, as a GeoJSON FeatureCollection",
              "parameters": [
                {"name": "bbox", "in": "query", "schema": {"type": "string"}, "description": "minLon,minLat,maxLon,maxLat", "example": "120,24,132,34"},
                {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["fishing", "tug", "military", "law", "pleasure", "high_speed", "passenger", "cargo", "tanker", "other"]}},
                {"name": "flag", "in": "query", "schema": {"type": "string"}, "description": "ISO 3166 alpha-3 from the MMSI's MID"},
                {"name": "name", "in": "query", "schema": {"type": "string"}, "description": "case-insensitive substring"},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}],
              "responses": {"200": {"description": "FeatureCollection of Points; properties mmsi, name, callSign, imo, shipType, category, flag, destination, speed (knots), course, heading (degrees), time", "content": {"application/geo+json": {"schema": {"$ref": "#/components/schemas/FeatureCollection"}}}},
                "400": {"$ref": "#/components/responses/BadRequest"}}}},
            "/api/v1/vessels/{mmsi}": {"get": {
              "summary": "One vessel as a GeoJSON Feature",
              "parameters": [{"$ref": "#/components/parameters/mmsi"}],
              "responses": {"200": {"description": "Feature", "content": {"application/geo+json": {}}}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/vessels/{mmsi}/track": {"get": {
              "summary": "History of one vessel as a LineString Feature with properties.times",
              "parameters": [{"$ref": "#/components/parameters/mmsi"},
                {"name": "from", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                {"name": "to", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}],
              "responses": {"200": {"description": "Feature", "content": {"application/geo+json": {}}}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/events": {"get": {
              "summary": "Events overlapping [from, to], newest first",
              "parameters": [
                {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["gap", "encounter", "loitering", "zone_entry", "zone_exit", "identity"]}},
                {"name": "from", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                {"name": "to", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                {"name": "mmsi", "in": "query", "schema": {"type": "integer"}},
                {"name": "zone", "in": "query", "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}],
              "responses": {"200": {"description": "array of events", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}}}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
            "/api/v1/zones": {
              "get": {"summary": "Zones as a FeatureCollection", "responses": {"200": {"description": "FeatureCollection", "content": {"application/geo+json": {}}}}},
              "post": {"summary": "Create or replace a zone",
                "requestBody": {"required": true, "description": "GeoJSON Feature with a Polygon or MultiPolygon; properties.name required, id and kind optional (at most 256 KiB)", "content": {"application/geo+json": {"schema": {"type": "object"}}}},
                "responses": {"201": {"description": "the zone"}, "400": {"$ref": "#/components/responses/BadRequest"}, "413": {"description": "body too large"}}}},
            "/api/v1/zones/{id}": {"delete": {"summary": "Delete a zone",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {"204": {"description": "deleted"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/stream": {"get": {"summary": "Server-Sent Events: 'vessels' (array of vessel Features after each committed batch), 'event' (an Event), 'zones' (zones changed)",
              "responses": {"200": {"description": "event stream", "content": {"text/event-stream": {}}}}}},
            "/api/v1/kb/actors": {"get": {"summary": "Knowledge base: every actor (state, organisation, forum, programme) with its group and sources",
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}, "503": {"$ref": "#/components/responses/NoKnowledge"}}}},
            "/api/v1/kb/actors/{id}": {"get": {"summary": "One actor: the record, its relations, its timeline, its indicators and the conflicts about it",
              "parameters": [{"$ref": "#/components/parameters/actorPath"}],
              "responses": {"200": {"description": "{actor, relations, timeline, indicators, conflicts}", "content": {"application/json": {}}}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/kb/relations": {"get": {"summary": "Relations, each with id, name, kind, actors, start, end, status, domains, dates and sources; without actor, all of them",
              "parameters": [{"$ref": "#/components/parameters/actor"}, {"$ref": "#/components/parameters/with"}, {"$ref": "#/components/parameters/asOf"}],
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/kb/timeline": {"get": {"summary": "Dated steps of an actor's relations, its incidents and facts, in date order",
              "parameters": [{"name": "actor", "in": "query", "required": true, "schema": {"type": "string"}, "example": "JPN"}, {"$ref": "#/components/parameters/with"}],
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/kb/indicators": {"get": {"summary": "Every indicator series with its points (date, value, unit, label, sources)",
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}}}},
            "/api/v1/kb/indicators/{id}": {"get": {"summary": "One indicator series",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "jpn-defence-share-gdp"}],
              "responses": {"200": {"description": "the indicator", "content": {"application/json": {}}}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/kb/path": {"get": {"summary": "A shortest chain of cooperative relations from a to b: steps {from, to, relation}",
              "parameters": [{"name": "a", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "b", "in": "query", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/asOf"}],
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"description": "unknown actor, or not connected", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
            "/api/v1/kb/measures": {"get": {"summary": "Degree and betweenness on the as-of network, and how far bridge (default JPN) carries Euro-Atlantic/Indo-Pacific paths",
              "parameters": [{"$ref": "#/components/parameters/asOf", "description": "default 2025-06-01"}, {"name": "bridge", "in": "query", "schema": {"type": "string", "default": "JPN"}}],
              "responses": {"200": {"description": "{asOf, nodeCount, edgeCount, actors, bridge, relations, sources}", "content": {"application/json": {}}}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/kb/search": {"get": {"summary": "Actors, relations, events, indicators and conflicts whose id, name or summary contains q",
              "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}],
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
            "/api/v1/kb/conflicts": {"get": {"summary": "Claims that disagree, side by side, with the resolution and its sources",
              "parameters": [{"name": "subject", "in": "query", "schema": {"type": "string"}}],
              "responses": {"200": {"$ref": "#/components/responses/KBArray"}}}}
          },
          "components": {
            "parameters": {"mmsi": {"name": "mmsi", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1, "maximum": 999999999}},
              "actorPath": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "actor id, case-insensitive", "example": "JPN"},
              "actor": {"name": "actor", "in": "query", "schema": {"type": "string"}, "description": "actor id (ISO 3166-1 alpha-3 or NATO, QUAD, IP4…), case-insensitive"},
              "with": {"name": "with", "in": "query", "schema": {"type": "string"}, "description": "only what also involves this actor"},
              "asOf": {"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "only what held that day: YYYY-MM-DD (YYYY-MM, YYYY count from their first day)", "example": "2025-06-01"}},
            "responses": {
              "BadRequest": {"description": "malformed parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "NotFound": {"description": "unknown id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "KBArray": {"description": "array of records, each with sources [{publication, section, title, author, date}]", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}},
              "NoKnowledge": {"description": "the node was started without a knowledge base", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "schemas": {
              "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"message": {"type": "string"}}}}},
              "FeatureCollection": {"type": "object", "required": ["type", "features"], "properties": {"type": {"const": "FeatureCollection"}, "features": {"type": "array"}}},
              "Event": {"type": "object", "required": ["id", "type", "mmsi", "start", "lat", "lon", "details"],
                "properties": {"id": {"type": "string"}, "type": {"type": "string"}, "mmsi": {"type": "array", "items": {"type": "integer"}},
                  "start": {"type": "string", "format": "date-time"}, "end": {"type": "string", "format": "date-time"},
                  "lat": {"type": "number"}, "lon": {"type": "number"}, "zone": {"type": "string"}, "details": {"type": "object"}}}
            }
          }
        }
        """#
}
