package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/**
 * The military ranks of the Vietnam People's Army, which the Border Guard holds (Law on Officers of the
 * Vietnam People's Army, art. 10; Law on Military Service for soldiers), lowest first. Its slug is its
 * code in the API and in files.
 */
public enum Rank {
    /** Binh nhì. */
    PRIVATE(new Label("Binh nhì", "Private")),
    /** Binh nhất. */
    PRIVATE_FIRST_CLASS(new Label("Binh nhất", "Private first class")),
    /** Hạ sĩ. */
    CORPORAL(new Label("Hạ sĩ", "Corporal")),
    /** Trung sĩ. */
    SERGEANT(new Label("Trung sĩ", "Sergeant")),
    /** Thượng sĩ. */
    SENIOR_SERGEANT(new Label("Thượng sĩ", "Senior sergeant")),
    /** Thiếu úy. */
    SECOND_LIEUTENANT(new Label("Thiếu úy", "Second lieutenant")),
    /** Trung úy. */
    LIEUTENANT(new Label("Trung úy", "Lieutenant")),
    /** Thượng úy. */
    SENIOR_LIEUTENANT(new Label("Thượng úy", "Senior lieutenant")),
    /** Đại úy. */
    CAPTAIN(new Label("Đại úy", "Captain")),
    /** Thiếu tá. */
    MAJOR(new Label("Thiếu tá", "Major")),
    /** Trung tá. */
    LIEUTENANT_COLONEL(new Label("Trung tá", "Lieutenant colonel")),
    /** Thượng tá. */
    SENIOR_COLONEL(new Label("Thượng tá", "Senior colonel")),
    /** Đại tá. */
    COLONEL(new Label("Đại tá", "Colonel")),
    /** Thiếu tướng. */
    MAJOR_GENERAL(new Label("Thiếu tướng", "Major general"));

    private final Label label;

    Rank(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The kebab-case code: {@code senior-lieutenant}. */
    public String slug() {
        return Slugs.of(this);
    }

    /** The rank of a slug or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static Rank of(String code) {
        return Slugs.parse(Rank.class, code, "rank");
    }
}
