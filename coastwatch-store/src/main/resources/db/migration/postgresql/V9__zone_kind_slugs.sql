-- Zone kinds in kebab-case, as every code of the API (docs/development.md, "API"). Keep in step with
-- ../sqlite/V9__zone_kind_slugs.sql. The kinds of the zones (their column and the "kind" property of
-- their GeoJSON Feature, as ZoneGeoJson writes it, compact or spaced), the Features of the zones' history,
-- and the zone kinds of the stored rule definitions' scopes (rows that name zoneKinds: a quoted old code
-- there is a zone kind, as no other field of a definition takes these words) become kebab-case:
-- fishing_coastal is fishing-coastal, mpa marine-protected-area, restricted restricted-area, aor station-area.
-- eez, port, anchorage and custom are spelt the same in both.

-- internal_waters -> internal-waters
UPDATE zones SET kind = 'internal-waters', feature = replace(replace(feature, '"kind":"internal_waters"', '"kind":"internal-waters"'), '"kind": "internal_waters"', '"kind": "internal-waters"') WHERE kind = 'internal_waters';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"internal_waters"', '"kind":"internal-waters"'), '"kind": "internal_waters"', '"kind": "internal-waters"'),
    after_feature = replace(replace(after_feature, '"kind":"internal_waters"', '"kind":"internal-waters"'), '"kind": "internal_waters"', '"kind": "internal-waters"');
UPDATE rule_definitions SET definition = replace(definition, '"internal_waters"', '"internal-waters"')
    WHERE definition LIKE '%zoneKinds%';

-- territorial_sea -> territorial-sea
UPDATE zones SET kind = 'territorial-sea', feature = replace(replace(feature, '"kind":"territorial_sea"', '"kind":"territorial-sea"'), '"kind": "territorial_sea"', '"kind": "territorial-sea"') WHERE kind = 'territorial_sea';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"territorial_sea"', '"kind":"territorial-sea"'), '"kind": "territorial_sea"', '"kind": "territorial-sea"'),
    after_feature = replace(replace(after_feature, '"kind":"territorial_sea"', '"kind":"territorial-sea"'), '"kind": "territorial_sea"', '"kind": "territorial-sea"');
UPDATE rule_definitions SET definition = replace(definition, '"territorial_sea"', '"territorial-sea"')
    WHERE definition LIKE '%zoneKinds%';

-- contiguous_zone -> contiguous-zone
UPDATE zones SET kind = 'contiguous-zone', feature = replace(replace(feature, '"kind":"contiguous_zone"', '"kind":"contiguous-zone"'), '"kind": "contiguous_zone"', '"kind": "contiguous-zone"') WHERE kind = 'contiguous_zone';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"contiguous_zone"', '"kind":"contiguous-zone"'), '"kind": "contiguous_zone"', '"kind": "contiguous-zone"'),
    after_feature = replace(replace(after_feature, '"kind":"contiguous_zone"', '"kind":"contiguous-zone"'), '"kind": "contiguous_zone"', '"kind": "contiguous-zone"');
UPDATE rule_definitions SET definition = replace(definition, '"contiguous_zone"', '"contiguous-zone"')
    WHERE definition LIKE '%zoneKinds%';

-- national_limit -> national-limit
UPDATE zones SET kind = 'national-limit', feature = replace(replace(feature, '"kind":"national_limit"', '"kind":"national-limit"'), '"kind": "national_limit"', '"kind": "national-limit"') WHERE kind = 'national_limit';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"national_limit"', '"kind":"national-limit"'), '"kind": "national_limit"', '"kind": "national-limit"'),
    after_feature = replace(replace(after_feature, '"kind":"national_limit"', '"kind":"national-limit"'), '"kind": "national_limit"', '"kind": "national-limit"');
UPDATE rule_definitions SET definition = replace(definition, '"national_limit"', '"national-limit"')
    WHERE definition LIKE '%zoneKinds%';

-- foreign_waters -> foreign-waters
UPDATE zones SET kind = 'foreign-waters', feature = replace(replace(feature, '"kind":"foreign_waters"', '"kind":"foreign-waters"'), '"kind": "foreign_waters"', '"kind": "foreign-waters"') WHERE kind = 'foreign_waters';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"foreign_waters"', '"kind":"foreign-waters"'), '"kind": "foreign_waters"', '"kind": "foreign-waters"'),
    after_feature = replace(replace(after_feature, '"kind":"foreign_waters"', '"kind":"foreign-waters"'), '"kind": "foreign_waters"', '"kind": "foreign-waters"');
UPDATE rule_definitions SET definition = replace(definition, '"foreign_waters"', '"foreign-waters"')
    WHERE definition LIKE '%zoneKinds%';

-- fishing_coastal -> fishing-coastal
UPDATE zones SET kind = 'fishing-coastal', feature = replace(replace(feature, '"kind":"fishing_coastal"', '"kind":"fishing-coastal"'), '"kind": "fishing_coastal"', '"kind": "fishing-coastal"') WHERE kind = 'fishing_coastal';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"fishing_coastal"', '"kind":"fishing-coastal"'), '"kind": "fishing_coastal"', '"kind": "fishing-coastal"'),
    after_feature = replace(replace(after_feature, '"kind":"fishing_coastal"', '"kind":"fishing-coastal"'), '"kind": "fishing_coastal"', '"kind": "fishing-coastal"');
UPDATE rule_definitions SET definition = replace(definition, '"fishing_coastal"', '"fishing-coastal"')
    WHERE definition LIKE '%zoneKinds%';

-- fishing_inshore -> fishing-inshore
UPDATE zones SET kind = 'fishing-inshore', feature = replace(replace(feature, '"kind":"fishing_inshore"', '"kind":"fishing-inshore"'), '"kind": "fishing_inshore"', '"kind": "fishing-inshore"') WHERE kind = 'fishing_inshore';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"fishing_inshore"', '"kind":"fishing-inshore"'), '"kind": "fishing_inshore"', '"kind": "fishing-inshore"'),
    after_feature = replace(replace(after_feature, '"kind":"fishing_inshore"', '"kind":"fishing-inshore"'), '"kind": "fishing_inshore"', '"kind": "fishing-inshore"');
UPDATE rule_definitions SET definition = replace(definition, '"fishing_inshore"', '"fishing-inshore"')
    WHERE definition LIKE '%zoneKinds%';

-- fishing_offshore -> fishing-offshore
UPDATE zones SET kind = 'fishing-offshore', feature = replace(replace(feature, '"kind":"fishing_offshore"', '"kind":"fishing-offshore"'), '"kind": "fishing_offshore"', '"kind": "fishing-offshore"') WHERE kind = 'fishing_offshore';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"fishing_offshore"', '"kind":"fishing-offshore"'), '"kind": "fishing_offshore"', '"kind": "fishing-offshore"'),
    after_feature = replace(replace(after_feature, '"kind":"fishing_offshore"', '"kind":"fishing-offshore"'), '"kind": "fishing_offshore"', '"kind": "fishing-offshore"');
UPDATE rule_definitions SET definition = replace(definition, '"fishing_offshore"', '"fishing-offshore"')
    WHERE definition LIKE '%zoneKinds%';

-- mpa -> marine-protected-area
UPDATE zones SET kind = 'marine-protected-area', feature = replace(replace(feature, '"kind":"mpa"', '"kind":"marine-protected-area"'), '"kind": "mpa"', '"kind": "marine-protected-area"') WHERE kind = 'mpa';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"mpa"', '"kind":"marine-protected-area"'), '"kind": "mpa"', '"kind": "marine-protected-area"'),
    after_feature = replace(replace(after_feature, '"kind":"mpa"', '"kind":"marine-protected-area"'), '"kind": "mpa"', '"kind": "marine-protected-area"');
UPDATE rule_definitions SET definition = replace(definition, '"mpa"', '"marine-protected-area"')
    WHERE definition LIKE '%zoneKinds%';

-- restricted -> restricted-area
UPDATE zones SET kind = 'restricted-area', feature = replace(replace(feature, '"kind":"restricted"', '"kind":"restricted-area"'), '"kind": "restricted"', '"kind": "restricted-area"') WHERE kind = 'restricted';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"restricted"', '"kind":"restricted-area"'), '"kind": "restricted"', '"kind": "restricted-area"'),
    after_feature = replace(replace(after_feature, '"kind":"restricted"', '"kind":"restricted-area"'), '"kind": "restricted"', '"kind": "restricted-area"');
UPDATE rule_definitions SET definition = replace(definition, '"restricted"', '"restricted-area"')
    WHERE definition LIKE '%zoneKinds%';

-- sea_economy_project -> sea-economy-project
UPDATE zones SET kind = 'sea-economy-project', feature = replace(replace(feature, '"kind":"sea_economy_project"', '"kind":"sea-economy-project"'), '"kind": "sea_economy_project"', '"kind": "sea-economy-project"') WHERE kind = 'sea_economy_project';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"sea_economy_project"', '"kind":"sea-economy-project"'), '"kind": "sea_economy_project"', '"kind": "sea-economy-project"'),
    after_feature = replace(replace(after_feature, '"kind":"sea_economy_project"', '"kind":"sea-economy-project"'), '"kind": "sea_economy_project"', '"kind": "sea-economy-project"');
UPDATE rule_definitions SET definition = replace(definition, '"sea_economy_project"', '"sea-economy-project"')
    WHERE definition LIKE '%zoneKinds%';

-- aor -> station-area
UPDATE zones SET kind = 'station-area', feature = replace(replace(feature, '"kind":"aor"', '"kind":"station-area"'), '"kind": "aor"', '"kind": "station-area"') WHERE kind = 'aor';
UPDATE zone_changes SET before_feature = replace(replace(before_feature, '"kind":"aor"', '"kind":"station-area"'), '"kind": "aor"', '"kind": "station-area"'),
    after_feature = replace(replace(after_feature, '"kind":"aor"', '"kind":"station-area"'), '"kind": "aor"', '"kind": "station-area"');
UPDATE rule_definitions SET definition = replace(definition, '"aor"', '"station-area"')
    WHERE definition LIKE '%zoneKinds%';
