package org.retrogistics.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retrogistics.transport.PickupPlanning.PlanView;
import org.retrogistics.transport.PickupPlanning.PlannedStop;
import org.retrogistics.transport.PickupPlanning.Route;
import org.retrogistics.transport.PickupPlanning.VehicleView;

/**
 * A day plan drawn as an inline SVG: the depots and stops projected into the picture's box (equirectangular, the
 * longitude scaled by the cosine of the middle latitude so that distances look right), one colour per vehicle, each
 * stop numbered in its route's order. No map tiles: the picture needs nothing from outside.
 */
record RouteMap(int width, int height, List<Line> routes, List<Depot> depots) {

    static final String[] COLOURS = {
        "#1d4ed8", "#dc2626", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#475569", "#b45309"
    };

    /** One vehicle's tour: its colour, the polyline from the depot through the stops and back, the stops. */
    record Line(String vehicle, String colour, String points, List<Point> stops) {}

    /** A numbered stop. */
    record Point(double x, double y, int seq, String reference) {}

    /** A depot, marked as a square. */
    record Depot(double x, double y, String label) {}

    static RouteMap of(PlanView plan, List<VehicleView> fleet, int width, int height) {
        Map<String, VehicleView> byCode = new java.util.HashMap<>();
        fleet.forEach(v -> byCode.put(v.code(), v));
        List<double[]> all = new ArrayList<>();
        for (Route r : plan.routes()) {
            VehicleView v = byCode.get(r.vehicle());
            if (v != null) {
                all.add(new double[] {v.depotLat(), v.depotLon()});
            }
            r.stops().forEach(s -> all.add(new double[] {s.latitude(), s.longitude()}));
        }
        Projection p = Projection.fitting(all, width, height, 30);
        List<Line> lines = new ArrayList<>();
        List<Depot> depots = new ArrayList<>();
        java.util.Set<String> depotsDrawn = new java.util.HashSet<>();
        for (int i = 0; i < plan.routes().size(); i++) {
            Route r = plan.routes().get(i);
            VehicleView v = byCode.get(r.vehicle());
            StringBuilder pts = new StringBuilder();
            if (v != null) {
                pts.append(p.xy(v.depotLat(), v.depotLon()));
                String key = v.depotLat() + "," + v.depotLon();
                if (depotsDrawn.add(key)) {
                    depots.add(new Depot(p.x(v.depotLon()), p.y(v.depotLat()), "depot"));
                }
            }
            List<Point> stops = new ArrayList<>();
            for (int s = 0; s < r.stops().size(); s++) {
                PlannedStop st = r.stops().get(s);
                pts.append(pts.isEmpty() ? "" : " ").append(p.xy(st.latitude(), st.longitude()));
                stops.add(new Point(p.x(st.longitude()), p.y(st.latitude()), s + 1, st.reference()));
            }
            if (v != null) {
                pts.append(' ').append(p.xy(v.depotLat(), v.depotLon()));
            }
            lines.add(new Line(r.vehicle(), COLOURS[i % COLOURS.length], pts.toString(), stops));
        }
        return new RouteMap(width, height, lines, depots);
    }

    /** Latitude and longitude to the picture's x and y, north up. */
    record Projection(double minLat, double minLon, double scale, double lonFactor, double offX, double offY, int h) {

        static Projection fitting(List<double[]> points, int width, int height, int margin) {
            if (points.isEmpty()) {
                return new Projection(0, 0, 1, 1, margin, margin, height);
            }
            double minLat = points.stream().mapToDouble(a -> a[0]).min().orElse(0);
            double maxLat = points.stream().mapToDouble(a -> a[0]).max().orElse(0);
            double minLon = points.stream().mapToDouble(a -> a[1]).min().orElse(0);
            double maxLon = points.stream().mapToDouble(a -> a[1]).max().orElse(0);
            double lonFactor = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double spanX = Math.max((maxLon - minLon) * lonFactor, 1e-6);
            double spanY = Math.max(maxLat - minLat, 1e-6);
            double scale = Math.min((width - 2.0 * margin) / spanX, (height - 2.0 * margin) / spanY);
            double offX = (width - spanX * scale) / 2;
            double offY = (height - spanY * scale) / 2;
            return new Projection(minLat, minLon, scale, lonFactor, offX, offY, height);
        }

        double x(double lon) {
            return Math.round((offX + (lon - minLon) * lonFactor * scale) * 10) / 10.0;
        }

        double y(double lat) {
            return Math.round((h - offY - (lat - minLat) * scale) * 10) / 10.0;
        }

        String xy(double lat, double lon) {
            return x(lon) + "," + y(lat);
        }
    }
}
