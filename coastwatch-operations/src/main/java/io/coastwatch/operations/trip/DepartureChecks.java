package io.coastwatch.operations.trip;

import io.coastwatch.operations.registry.CrewOfficer;
import io.coastwatch.operations.registry.FleetVessel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a departure declaration, computed at once from the vessel's registry record (the
 * snapshot the decision keeps), its VMS state and the day, each pass, fail or not applicable with its
 * refusal reason and that reason's provision from the {@link PortControlCatalog}. Immutable and
 * thread-safe.
 */
public final class DepartureChecks {

    /** The calendar certificates and licences are valid by: Vietnam's. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PortControlCatalog catalog;

    public DepartureChecks(PortControlCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The checks of a departure at {@code at} of {@code vessel} (empty: not registered), in the order a
     * station screen lists them.
     */
    public List<DepartureCheck> of(Optional<FleetVessel> vessel, VmsState vms, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, VIETNAM);
        List<DepartureCheck> checks = new ArrayList<>();
        if (vessel.isEmpty()) {
            checks.add(fail("registration", "no-registration", day, "no vessel of the registry has this number"));
            return checks;
        }
        FleetVessel registered = vessel.get();
        checks.add(pass("registration", "registered as " + registered.registrationNumber()));
        checks.add(dated("safety-certificate", registered.safetyCertificateValidUntil(), day, "no-safety-cert",
                "safety-cert-expired", "safety certificate"));
        checks.add(dated("licence", registered.licence() == null ? null : registered.licence().validUntil(), day,
                "no-licence", "licence-expired", "fishing licence"));
        checks.addAll(vmsChecks(registered, vms, at, day));
        checks.add(officer("captain-certified", registered.captain(), day, "captain-uncertified", true));
        checks.add(officer("chief-engineer-certified", registered.chiefEngineer(), day, "chief-engineer-uncertified",
                false));
        checks.add(watchLists(registered, day));
        return checks;
    }

    private List<DepartureCheck> vmsChecks(FleetVessel vessel, VmsState vms, Instant at, LocalDate day) {
        double requiredFrom = catalog.metres("vms-required-from-length", day);
        if (vessel.lengthMetres() < requiredFrom) {
            String detail = vessel.lengthMetres() + " m, VMS required from " + requiredFrom + " m";
            return List.of(notApplicable("vms-installed", detail), notApplicable("vms-transmitting", detail),
                    notApplicable("vms-outage", detail));
        }
        List<DepartureCheck> checks = new ArrayList<>();
        if (vessel.vmsDeviceIds().isEmpty()) {
            checks.add(fail("vms-installed", "vms-not-installed", day, "no VMS device recorded"));
            checks.add(notApplicable("vms-transmitting", "no VMS device recorded"));
        } else {
            checks.add(pass("vms-installed", "devices " + String.join(", ", vessel.vmsDeviceIds())));
            Duration silence = catalog.duration("vms-silence", day);
            if (vms.lastFix() == null) {
                checks.add(fail("vms-transmitting", "vms-not-transmitting", day, "no position ever received"));
            } else {
                Duration since = Duration.between(vms.lastFix(), at);
                checks.add(since.compareTo(silence) <= 0 ? pass("vms-transmitting", "last position " + vms.lastFix())
                        : fail("vms-transmitting", "vms-not-transmitting", day, "last position " + vms.lastFix()
                                + ", silent longer than " + silence.toHours() + " h"));
            }
        }
        checks.add(vms.openOutage() ? fail("vms-outage", "open-vms-outage", day, "a VMS outage follow-up is open")
                : pass("vms-outage", "no open VMS outage"));
        return checks;
    }

    private DepartureCheck dated(String check, LocalDate validUntil, LocalDate day, String missing, String expired,
            String what) {
        if (validUntil == null) {
            return fail(check, missing, day, "no " + what + " recorded");
        }
        return day.isAfter(validUntil) ? fail(check, expired, day, what + " valid until " + validUntil)
                : pass(check, what + " valid until " + validUntil);
    }

    private DepartureCheck officer(String check, CrewOfficer officer, LocalDate day, String reason, boolean required) {
        if (officer == null) {
            return required ? fail(check, reason, day, "none recorded") : notApplicable(check, "none recorded");
        }
        return officer.certifiedOn(day) ? pass(check, officer.name() + ", certificate " + officer.certificateNumber()
                + " valid until " + officer.certificateValidUntil())
                : fail(check, reason, day, officer.name() + ": certificate "
                        + (officer.certificateNumber() == null ? "not recorded" : "valid until " + officer.certificateValidUntil()));
    }

    private DepartureCheck watchLists(FleetVessel vessel, LocalDate day) {
        if (vessel.watchLists().isEmpty()) {
            return pass("watch-lists", "on no watch list");
        }
        String reason = vessel.watchLists().contains("iuu") ? "on-iuu-list"
                : vessel.watchLists().contains("pending-sanction") ? "pending-sanction" : "on-watch-list";
        return fail("watch-lists", reason, day, "on " + String.join(", ", vessel.watchLists()));
    }

    private DepartureCheck fail(String check, String reasonCode, LocalDate day, String detail) {
        PortControlCatalog.Reason reason = catalog.reason(reasonCode, day)
                .orElseThrow(() -> new IllegalStateException("no refusal reason " + reasonCode + " on " + day));
        return new DepartureCheck(check, CheckOutcome.FAIL, reason.id(), reason.legalReferenceId(), detail);
    }

    private static DepartureCheck pass(String check, String detail) {
        return new DepartureCheck(check, CheckOutcome.PASS, null, null, detail);
    }

    private static DepartureCheck notApplicable(String check, String detail) {
        return new DepartureCheck(check, CheckOutcome.NOT_APPLICABLE, null, null, detail);
    }
}
