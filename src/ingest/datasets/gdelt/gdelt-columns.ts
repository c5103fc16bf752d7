/** @module GDELT's column layouts as data: 1.0 daily (58), 1.0 back-files (57), 2.0 events (61), 2.0 mentions (16). */

/** GDELT 1.0 daily files, in GDELT's published header order (`GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv`). */
export const GDELT1_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
  "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
  "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name",
  "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
  "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode",
  "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
  "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
  "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat", "Actor2Geo_Long",
  "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
] as const;

/** GDELT 1.0 historical back-files (1979 – March 2013): the daily layout without SOURCEURL. */
export const GDELT1_BACKFILE_COLUMNS = GDELT1_COLUMNS.slice(0, 57);

/** GDELT 2.0 event exports: the 1.0 columns plus an ADM2 code after each geography's ADM1 code. */
export const GDELT2_COLUMNS: readonly string[] = GDELT1_COLUMNS.flatMap((c) =>
  c.endsWith("Geo_ADM1Code") ? [c, c.replace("ADM1", "ADM2")] : [c],
);

/** GDELT 2.0 mentions, one row per article mentioning an event. */
export const GDELT2_MENTION_COLUMNS = [
  "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
  "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
  "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
] as const;

export type GdeltColumn = (typeof GDELT1_COLUMNS)[number] | `${"Actor1" | "Actor2" | "Action"}Geo_ADM2Code`;

/** Column name → index in one layout. */
export type Layout = Readonly<Partial<Record<GdeltColumn, number>>>;

const layout = (columns: readonly string[]): Layout => Object.fromEntries(columns.map((c, i) => [c, i]));

/** Event layouts by column count: GDELT files carry no header, so the width of each line says which it is. */
export const EVENT_LAYOUTS: ReadonlyMap<number, { readonly name: string; readonly at: Layout }> = new Map([
  [58, { name: "GDELT 1.0 daily", at: layout(GDELT1_COLUMNS) }],
  [57, { name: "GDELT 1.0 back-file", at: layout(GDELT1_BACKFILE_COLUMNS) }],
  [61, { name: "GDELT 2.0 export", at: layout(GDELT2_COLUMNS) }],
]);
