package org.confounderlab.engine.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;

/**
 * Checks a data set's metadata for what a careful reader of the table would question before trusting an audit:
 * impossible ages (real tables hold 155 and 411), ages written with units, unexpected sex values, patients whose sex
 * changes between rows, duplicate image rows, label names written into other columns (a study description that
 * reads "No Finding"), and attributes that predict a label almost perfectly (attribute-only AUC ≥
 * {@value #LEAK_AUC}), which are more likely the label leaking into the metadata than a confounder.
 */
public final class PlausibilityChecks {

    /** Attribute-only AUC from which an attribute is flagged as a probable leak. */
    public static final double LEAK_AUC = 0.95;

    private static final Set<String> SEX_VALUES = Set.of("f", "m", "female", "male", "o", "other", "unknown", "u");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)");

    private PlausibilityChecks() {
    }

    /** The warnings of {@code manifest}, the audit's {@code associations} of its labels included. */
    public static List<AuditWarning> of(Manifest manifest, List<AttributeLabelAssociation> associations) {
        List<AuditWarning> warnings = new ArrayList<>();
        List<ManifestEntry> entries = manifest.entries();
        for (String attribute : manifest.attributeNames()) {
            String name = attribute.toLowerCase(Locale.ROOT);
            if (isAge(name)) {
                ages(attribute, entries, warnings);
            }
            if (name.equals("sex") || name.equals("gender") || name.endsWith(" sex") || name.endsWith(" gender")
                    || name.endsWith("_sex") || name.endsWith("_gender")) {
                sexes(attribute, entries, warnings);
            }
        }
        birthYears(manifest, warnings);
        duplicates(entries, warnings);
        labelsInAttributes(manifest, warnings);
        for (AttributeLabelAssociation a : associations) {
            // a region or an image property is measured from the image, not written into the metadata
            if (!a.attribute().startsWith("region:") && !a.attribute().startsWith(
                    org.confounderlab.engine.imageproperties.ImageProperty.PREFIX) && a.attributeOnlyAuc() >= LEAK_AUC) {
                warnings.add(new AuditWarning(AuditWarning.Kind.PROBABLE_LEAK, a.attribute(), a.label(), a.n(),
                        String.format(Locale.ROOT, "%s predicts %s almost perfectly (attribute-only AUC %.3f): more "
                                + "likely the label written into the metadata than a confounder; check how the "
                                + "column was made before using it", a.attribute(), a.label(), a.attributeOnlyAuc()),
                        List.of()));
            }
        }
        return warnings;
    }

    /** Whether a lower-cased attribute name is an age ({@code age}, {@code Patient Age}, {@code patient_age}). */
    private static boolean isAge(String name) {
        return name.equals("age") || name.endsWith(" age") || name.endsWith("_age");
    }

    private static void ages(String attribute, List<ManifestEntry> entries, List<AuditWarning> warnings) {
        long outside = 0;
        List<String> outsideExamples = new ArrayList<>();
        long converted = 0;
        Map<String, Long> units = new LinkedHashMap<>();
        List<String> convertedExamples = new ArrayList<>();
        String yearExample = null;
        for (ManifestEntry entry : entries) {
            String value = entry.attributes().get(attribute);
            if (value != null && NUMBER.matcher(value).matches()) {
                double age = Double.parseDouble(value);
                if (age < 0 || age > 120) {
                    outside++;
                    example(outsideExamples, value, entry);
                }
            }
            String written = entry.attributes().get(ManifestEntry.AGE_AS_WRITTEN);
            if (written != null) {
                converted++;
                units.merge(unit(written), 1L, Long::sum);
                if (!unit(written).equals("years")) {
                    example(convertedExamples, written + " → " + value + " years", entry);
                } else if (yearExample == null) {
                    yearExample = written + " → " + value + " years (" + entry.source() + ")";
                }
            }
        }
        if (outside > 0) {
            warnings.add(new AuditWarning(AuditWarning.Kind.AGE_OUT_OF_RANGE, attribute, null, outside, outside
                    + (outside == 1 ? " row has" : " rows have") + " an age outside 0–120 years in '" + attribute
                    + "'; a typing error or another unit, worth correcting or leaving out", outsideExamples));
        }
        if (yearExample != null && convertedExamples.size() < AuditWarning.EXAMPLES) {
            convertedExamples.add(0, yearExample);
        }
        if (converted > 0) {
            StringBuilder byUnit = new StringBuilder();
            units.forEach((unit, count) -> byUnit.append(byUnit.isEmpty() ? "" : ", ").append(count).append(" in ")
                    .append(unit));
            warnings.add(new AuditWarning(AuditWarning.Kind.AGE_UNIT_CONVERTED, attribute, null, converted,
                    converted + " ages were written with a unit and converted to years (" + byUnit + ")",
                    convertedExamples));
        }
    }

    private static String unit(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        return upper.endsWith("M") ? "months" : upper.endsWith("W") ? "weeks" : upper.endsWith("D") ? "days"
                : "years";
    }

    private static void sexes(String attribute, List<ManifestEntry> entries, List<AuditWarning> warnings) {
        long unexpected = 0;
        List<String> examples = new ArrayList<>();
        Map<String, String> sexOf = new HashMap<>();
        Map<String, String> firstRow = new HashMap<>();
        Set<String> inconsistent = new java.util.LinkedHashSet<>();
        List<String> inconsistentExamples = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            String value = entry.attributes().get(attribute);
            if (value == null || value.isBlank()) {
                continue;
            }
            String normal = value.strip().toLowerCase(Locale.ROOT);
            if (!SEX_VALUES.contains(normal)) {
                unexpected++;
                example(examples, value, entry);
            }
            String patient = entry.patientId();
            String before = sexOf.putIfAbsent(patient, normal);
            if (before == null) {
                firstRow.put(patient, entry.source());
            } else if (!before.equals(normal) && inconsistent.add(patient)
                    && inconsistentExamples.size() < AuditWarning.EXAMPLES) {
                inconsistentExamples.add("patient " + patient + ": " + before + " (" + firstRow.get(patient) + "), "
                        + normal + " (" + entry.source() + ")");
            }
        }
        if (unexpected > 0) {
            warnings.add(new AuditWarning(AuditWarning.Kind.SEX_UNEXPECTED, attribute, null, unexpected, unexpected
                    + (unexpected == 1 ? " row has" : " rows have") + " a value of '" + attribute + "' other than F, "
                    + "M, Female, Male, O, Other or Unknown", examples));
        }
        if (!inconsistent.isEmpty()) {
            warnings.add(new AuditWarning(AuditWarning.Kind.PATIENT_INCONSISTENT, attribute, null,
                    inconsistent.size(), inconsistent.size() + (inconsistent.size() == 1 ? " patient's" : " patients'")
                    + " '" + attribute + "' changes between rows: ids reused for other people, or an error in "
                    + "the table", inconsistentExamples));
        }
    }

    /**
     * A patient whose birth year (the year of the study date minus the age) changes by more than a year between
     * rows, when the table has an age and a date (a column named like {@code study_date}, {@code StudyDate} or
     * {@code year}); tables without dates (ChestX-ray14, CheXpert) cannot be checked this way.
     */
    private static void birthYears(Manifest manifest, List<AuditWarning> warnings) {
        String age = null;
        String date = null;
        for (String attribute : manifest.attributeNames()) {
            String name = attribute.toLowerCase(Locale.ROOT);
            if (age == null && isAge(name)) {
                age = attribute;
            }
            if (date == null && (name.contains("date") || name.equals("year") || name.endsWith("_year"))) {
                date = attribute;
            }
        }
        if (age == null || date == null) {
            return;
        }
        Map<String, double[]> range = new LinkedHashMap<>();
        Map<String, String> firstRow = new HashMap<>();
        Map<String, String> lastRow = new HashMap<>();
        for (ManifestEntry entry : manifest.entries()) {
            String ageText = entry.attributes().get(age);
            java.util.regex.Matcher year = YEAR.matcher(entry.attributes().getOrDefault(date, ""));
            if (ageText == null || !NUMBER.matcher(ageText).matches() || !year.find()) {
                continue;
            }
            double born = Integer.parseInt(year.group(1)) - Double.parseDouble(ageText);
            double[] seen = range.get(entry.patientId());
            if (seen == null) {
                range.put(entry.patientId(), new double[] {born, born});
                firstRow.put(entry.patientId(), entry.source());
            } else {
                if (born < seen[0] || born > seen[1]) {
                    lastRow.put(entry.patientId(), entry.source());
                }
                seen[0] = Math.min(seen[0], born);
                seen[1] = Math.max(seen[1], born);
            }
        }
        List<String> examples = new ArrayList<>();
        long changed = 0;
        for (Map.Entry<String, double[]> patient : range.entrySet()) {
            if (patient.getValue()[1] - patient.getValue()[0] > 1.5) {
                changed++;
                if (examples.size() < AuditWarning.EXAMPLES) {
                    examples.add(String.format(Locale.ROOT, "patient %s: born %.0f–%.0f (%s, %s)", patient.getKey(),
                            patient.getValue()[0], patient.getValue()[1], firstRow.get(patient.getKey()),
                            lastRow.get(patient.getKey())));
                }
            }
        }
        if (changed > 0) {
            warnings.add(new AuditWarning(AuditWarning.Kind.PATIENT_INCONSISTENT, age, null, changed, changed
                    + (changed == 1 ? " patient's" : " patients'") + " birth year (the year of '" + date + "' minus '"
                    + age + "') changes by more than a year between rows: ids reused, or ages or dates wrong",
                    examples));
        }
    }

    private static void duplicates(List<ManifestEntry> entries, List<AuditWarning> warnings) {
        Map<Path, String> seen = new HashMap<>();
        long duplicates = 0;
        List<String> examples = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            String first = seen.putIfAbsent(entry.image(), entry.source());
            if (first != null) {
                duplicates++;
                if (examples.size() < AuditWarning.EXAMPLES) {
                    examples.add(entry.image().getFileName() + " (" + first + " and " + entry.source() + ")");
                }
            }
        }
        if (duplicates > 0) {
            warnings.add(new AuditWarning(AuditWarning.Kind.DUPLICATE_IMAGE, null, null, duplicates, duplicates
                    + (duplicates == 1 ? " row names an image" : " rows name an image") + " an earlier row names "
                    + "too: counted twice in the audit, and a leak if the copies land in different splits",
                    examples));
        }
    }

    private static void labelsInAttributes(Manifest manifest, List<AuditWarning> warnings) {
        List<String> names = new ArrayList<>(manifest.labelNames());
        names.add("No Finding");
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String label : names) {
            // the label's words, separated by a space or an underscore ("Pleural_Thickening", "No Finding")
            String words = String.join("[ _]", java.util.Arrays.stream(label.split("[ _]+")).map(Pattern::quote)
                    .toList());
            patterns.put(label, Pattern.compile("(?i)(^|[^\\p{Alnum}])" + words + "($|[^\\p{Alnum}])"));
        }
        // A row counts once per attribute, under the longest label its value names: "No Finding" names the label
        // 'finding' too, and one warning of those rows says it.
        for (String attribute : manifest.attributeNames()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, List<String>> examples = new LinkedHashMap<>();
            for (ManifestEntry entry : manifest.entries()) {
                String value = entry.attributes().get(attribute);
                if (value == null) {
                    continue;
                }
                String named = null;
                for (Map.Entry<String, Pattern> label : patterns.entrySet()) {
                    if ((named == null || label.getKey().length() > named.length())
                            && label.getValue().matcher(value).find()) {
                        named = label.getKey();
                    }
                }
                if (named != null) {
                    counts.merge(named, 1L, Long::sum);
                    example(examples.computeIfAbsent(named, k -> new ArrayList<>()), value, entry);
                }
            }
            for (String label : patterns.keySet()) {
                long count = counts.getOrDefault(label, 0L);
                if (count > 0) {
                    warnings.add(new AuditWarning(AuditWarning.Kind.LABEL_IN_ATTRIBUTE, attribute, label, count,
                            count + (count == 1 ? " row's" : " rows'") + " '" + attribute + "' names the label '"
                                    + label + "': a model that reads it (burnt into the image, or from "
                                    + "the header) learns the label from the metadata", examples.get(label)));
                }
            }
        }
    }

    private static void example(List<String> examples, String value, ManifestEntry entry) {
        if (examples.size() < AuditWarning.EXAMPLES) {
            examples.add(value + " (" + entry.source() + ")");
        }
    }
}
