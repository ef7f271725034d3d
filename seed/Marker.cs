namespace SalesOps.Seed; public static class Marker {}
