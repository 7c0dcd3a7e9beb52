#!/usr/bin/env python3
"""Writes a STIX 2.1 bundle made with OASIS's `stix2` package (PyPI) to stdout, as a partner's tool
would produce it, for the STIX import test (Tests/ServerTests/STIXImportAPITests.swift).

It holds no Kizuna properties. Three objects are records to import: an incident at a location
(TLP:AMBER), a note on it without an abstract (TLP:GREEN) and a report (TLP:AMBER). Three are not:
an indicator, a note marked with TLP 1.0 AMBER (stix2's own TLP_AMBER), and a `related-to`
relationship. stix2 3.0.2 predefines only TLP 1.0, so the TLP 2.0 markings are made here from the
OASIS objects (cti-stix-common-objects, extension-definition-specifications/tlp-2.0).
"""
import stix2

EXT = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"


def tlp2(uuid, level):
    return stix2.v21.MarkingDefinition(
        id=f"marking-definition--{uuid}", created="2022-10-01T00:00:00.000Z", name=f"TLP:{level.upper()}",
        extensions={EXT: {"extension_type": "property-extension", "tlp_2_0": level}})


amber = tlp2("55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber")
green = tlp2("bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green")
coastguard = stix2.v21.Identity(name="Partner coast guard", identity_class="organization")
place = stix2.v21.Location(latitude=25.75, longitude=123.5, object_marking_refs=[amber])
incident = stix2.v21.Incident(
    name="Trawler rammed a patrol boat", description="Near the median line at 0300 UTC.",
    created="2026-11-20T03:00:00.000Z", created_by_ref=coastguard, object_marking_refs=[amber])
located = stix2.v21.Relationship(incident, "located-at", place, object_marking_refs=[amber])
note = stix2.v21.Note(
    content="Same hull seen loitering last week.\nAIS was off.", object_refs=[incident],
    created_by_ref=coastguard, object_marking_refs=[green])
report = stix2.v21.Report(
    name="Weekly maritime assessment", published="2026-11-21T06:00:00Z", object_refs=[incident, note],
    report_types=["threat-report"], created_by_ref=coastguard, object_marking_refs=[amber])
indicator = stix2.v21.Indicator(
    pattern="[ipv4-addr:value = '198.51.100.7']", pattern_type="stix", valid_from="2026-11-20T00:00:00Z",
    object_marking_refs=[green])
old_marking = stix2.v21.Note(content="Marked with TLP 1.0.", object_refs=[incident], object_marking_refs=[stix2.TLP_AMBER])
related = stix2.v21.Relationship(note, "related-to", incident, object_marking_refs=[green])

bundle = stix2.v21.Bundle(amber, green, coastguard, place, incident, located, note, report, indicator, old_marking,
                          related, stix2.TLP_AMBER)
print(bundle.serialize())
