package io.coastwatch.engine.zone.baseline;

/**
 * Geodesic distance on the WGS-84 ellipsoid by Vincenty's inverse formula (Survey Review 1975),
 * good to 0.5 mm: the reference the buffers are checked against.
 */
final class Vincenty {
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double B = A * (1 - F);

    private Vincenty() {
    }

    static double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2) {
        double l = Math.toRadians(longitude2 - longitude1);
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(latitude1)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(latitude2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sinSigma;
        double cosSigma;
        double sigma;
        double cos2Alpha;
        double cos2SigmaM;
        for (int iteration = 0; ; iteration++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
            if (sinSigma == 0) {
                return 0;
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l + (1 - c) * F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12 || iteration > 200) {
                break;
            }
        }
        double uSquared = cos2Alpha * (A * A - B * B) / (B * B);
        double bigA = 1 + uSquared / 16384 * (4096 + uSquared * (-768 + uSquared * (320 - 175 * uSquared)));
        double bigB = uSquared / 1024 * (256 + uSquared * (-128 + uSquared * (74 - 47 * uSquared)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * bigA * (sigma - deltaSigma);
    }
}
