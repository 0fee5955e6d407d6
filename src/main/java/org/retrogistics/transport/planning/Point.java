package org.retrogistics.transport.planning;

/** A place on a plane (x, y) or on the earth (x = longitude, y = latitude, in degrees). */
public record Point(double x, double y) {

    public static Point latLon(double latitude, double longitude) {
        return new Point(longitude, latitude);
    }

    public double latitude() {
        return y;
    }

    public double longitude() {
        return x;
    }
}
