package fr.faireess.mobility.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The export as a ZIP: {@code donnees.json} first, then the person's own files under
 * {@code candidatures/<id>/} and {@code temoignages/<id>/}. Entry names are built here only
 * ({@link #fileName}): no folder part or ".." from an uploaded name can reach the archive's layout.
 */
public final class PersonalDataZip {

    public static final String JSON_ENTRY = "donnees.json";

    private PersonalDataZip() {
    }

    public static byte[] write(PersonalData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            PersonalDataJson.write(data, zip);
            zip.closeEntry();
            for (PersonalData.StoredFile file : data.files()) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Path of an application's document: {@code candidatures/12/CV-mon cv.pdf}. */
    public static String applicationFile(long applicationId, String kind, String fileName) {
        return "candidatures/" + applicationId + "/" + kind + "-" + fileName(fileName);
    }

    /** Path of a testimony's file: {@code temoignages/5/photo.jpg}. */
    public static String testimonyFile(long testimonyId, String fileName) {
        return "temoignages/" + testimonyId + "/" + fileName(fileName);
    }

    /** A stored file name made safe as the last part of an entry name (no separators, no leading dots). */
    static String fileName(String name) {
        String base = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^[.\\s]+", "").strip();
        if (base.isEmpty()) {
            base = "fichier";
        }
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }

    /** Name of the downloaded archive: {@code donnees-personnelles-2026-11-28.zip}. */
    public static String archiveName(java.time.LocalDate day) {
        return "donnees-personnelles-" + day + ".zip";
    }
}
