package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.usecase.Organisation;
import io.coastwatch.operations.tips.InformationCredibility;
import io.coastwatch.operations.tips.Reporter;
import io.coastwatch.operations.tips.SourceReliability;
import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipChannel;
import io.coastwatch.operations.tips.TipPlace;
import io.coastwatch.operations.tips.TipState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Takes a tip, as a duty officer does on the phone: the fields a minute allows, the place as a point or
 * as a distance and bearing from a landmark (turned into a point with its uncertainty,
 * {@link TipPlace#fromLandmark}). The kind must be in the shared catalogue on the day it was seen; the
 * unit, in the actor's scope. Audited as {@code receive}.
 */
public final class ReceiveTip {

    private final TipDesk desk;

    public ReceiveTip(TipDesk desk) {
        this.desk = desk;
    }

    /**
     * Where the reporter says it was: a point ({@code latitude}, {@code longitude}), or a landmark with a
     * distance and a bearing, or neither.
     */
    public record Where(Double latitude, Double longitude, String landmarkId, Double distanceNm, Double bearingDegrees) {

        /** Nowhere said. */
        public static final Where UNKNOWN = new Where(null, null, null, null, null);
    }

    /** What a new tip holds. */
    public record Request(String unitId, TipChannel channel, Reporter reporter, Instant observedAt, Where where,
            List<SubjectVessel> vessels, String kindId, String description, SourceReliability reliability,
            InformationCredibility credibility) {

        public Request {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(observedAt, "observedAt");
            Objects.requireNonNull(where, "where");
            vessels = List.copyOf(vessels);
            Objects.requireNonNull(kindId, "kindId");
            Objects.requireNonNull(reliability, "reliability");
            Objects.requireNonNull(credibility, "credibility");
        }
    }

    /**
     * @throws InvalidRequest naming {@code observedAt}, {@code kindId}, {@code unitId}, {@code landmarkId},
     *     {@code distanceNm} or {@code bearingDegrees}
     * @throws io.coastwatch.operations.common.OutOfScope when the unit is outside {@code scope}
     */
    public Tip execute(Actor actor, UnitScope scope, Request request) {
        Instant now = desk.clock().instant();
        if (request.observedAt().isAfter(now)) {
            throw InvalidRequest.of("observedAt", "out-of-range", "a tip cannot tell of what is seen after now");
        }
        if (desk.cases().catalog().incidentKind(request.kindId(),
                request.observedAt().atZone(Organisation.VIETNAM).toLocalDate()).isEmpty()) {
            throw InvalidRequest.of("kindId", "unknown-value", "the catalogue has no incident kind " + request.kindId());
        }
        TipPlace place = place(request.where());
        return desk.transactions().write(() -> {
            desk.cases().unitInScope(scope, "unitId", request.unitId());
            Tip tip = new Tip("tb-" + UUID.randomUUID(), request.unitId(), request.channel(), request.reporter(), now,
                    actor.account(), request.observedAt(), place, request.vessels(), request.kindId(),
                    request.description(), request.reliability(), request.credibility(), TipState.RECEIVED, null, null,
                    List.of(desk.step(actor, "receive", TipState.RECEIVED, null)));
            desk.saved(actor, "receive", null, tip);
            return tip;
        });
    }

    private TipPlace place(Where where) {
        if (where.landmarkId() != null) {
            var landmark = desk.landmarks().find(where.landmarkId(), desk.cases().today()).orElseThrow(() ->
                    InvalidRequest.of("landmarkId", "unknown-value", "there is no landmark " + where.landmarkId()));
            if (where.distanceNm() == null || !(where.distanceNm() >= 0 && where.distanceNm() <= 500)) {
                throw InvalidRequest.of("distanceNm", where.distanceNm() == null ? "required" : "out-of-range",
                        "a distance from the landmark of 0 to 500 nautical miles");
            }
            if (where.bearingDegrees() == null || !(where.bearingDegrees() >= 0 && where.bearingDegrees() < 360)) {
                throw InvalidRequest.of("bearingDegrees", where.bearingDegrees() == null ? "required" : "out-of-range",
                        "a bearing from the landmark of 0 to less than 360 degrees");
            }
            return TipPlace.fromLandmark(landmark, where.distanceNm(), where.bearingDegrees());
        }
        if (where.latitude() != null && where.longitude() != null) {
            return TipPlace.point(where.latitude(), where.longitude());
        }
        if (where.latitude() != null || where.longitude() != null) {
            throw InvalidRequest.of(where.latitude() == null ? "latitude" : "longitude", "required",
                    "a point needs its latitude and longitude");
        }
        return null;
    }
}
