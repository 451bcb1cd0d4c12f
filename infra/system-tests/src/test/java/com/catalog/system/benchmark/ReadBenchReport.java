package com.catalog.system.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The read benchmark's table: the median over the rounds of each figure, next to its ceiling and the ratio. */
final class ReadBenchReport {

    private ReadBenchReport() {
    }

    static String of(Map<String, List<Wrk.Result>> results, int products, int categories, int brands, Duration run,
                     LocalDate day) {
        Figures constant = Figures.of(results.get("constant"));
        Figures byId = Figures.of(results.get("by-id"));
        Figures esSingle = Figures.of(results.get("es-search"));
        Figures esMsearch = Figures.of(results.getOrDefault("es-msearch", List.of()));
        // the ceiling of the shape the app sends
        Figures es = ReadBenchSystem.separateFacets() ? esMsearch : esSingle;
        Figures search = Figures.of(results.get("search"));
        Figures suggest = Figures.of(results.get("suggest"));
        Figures suggestFew = Figures.of(results.getOrDefault("suggest-few", List.of()));
        StringBuilder table = new StringBuilder();
        table.append("## Read path, run of %s: %d products, %d categories, %d brands; wrk -t2 -c32, %d rounds of %d s (%d cores, Java %s)%n%n"
                .formatted(day, products, categories, brands, results.get("constant").size(), run.toSeconds(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        table.append("| measure (median of the rounds) | req/s | p50 ms | p99 ms | failed |\n|---|---|---|---|---|\n");
        row(table, "ceiling: constant JSON, query-side stack", constant);
        row(table, "`GET /api/v1/products/{id}`", byId);
        row(table, "raw Elasticsearch: one _search, hits + total + facets" + (es == esSingle ? " (ceiling)" : ""), esSingle);
        row(table, "raw Elasticsearch: _msearch, uncounted hits + size-0 facets with request_cache" + (es == esMsearch ? " (ceiling)" : ""),
                esMsearch);
        row(table, "`GET /api/v1/products/search?q=` with facets", search);
        row(table, "`GET /api/v1/products/suggest?q=`", suggest);
        row(table, "`GET /api/v1/products/suggest?q=` at wrk -t2 -c" + Integer.getInteger("bench.fewConnections", 4),
                suggestFew);
        table.append("\n| target | figure | ceiling | ratio | goal | met |\n|---|---|---|---|---|---|\n");
        boolean byIdMeasured = byId.measured() && constant.measured();
        boolean searchMeasured = search.measured() && es.measured();
        ratio(table, "by id req/s vs constant", byId.perSecond, constant.perSecond, byId.perSecond / constant.perSecond,
                "≥ 0.85", byIdMeasured && byId.perSecond / constant.perSecond >= 0.85);
        ratio(table, "by id p99 vs constant p99 (ms)", byId.p99, constant.p99, byId.p99 / constant.p99, "≤ 1.2",
                byIdMeasured && byId.p99 / constant.p99 <= 1.2);
        ratio(table, "search req/s vs raw Elasticsearch", search.perSecond, es.perSecond, search.perSecond / es.perSecond,
                "≥ 0.60", searchMeasured && search.perSecond / es.perSecond >= 0.60);
        ratio(table, "search p99 (ms)", search.p99, 50, search.p99 / 50, "< 50 ms", search.measured() && search.p99 < 50);
        ratio(table, "suggest p99 (ms)", suggest.p99, 10, suggest.p99 / 10, "< 10 ms", suggest.measured() && suggest.p99 < 10);
        ratio(table, "suggest p99 at -c" + Integer.getInteger("bench.fewConnections", 4) + " (ms)", suggestFew.p99, 10,
                suggestFew.p99 / 10, "< 10 ms", suggestFew.measured() && suggestFew.p99 < 10);
        return table.toString();
    }

    private record Figures(double perSecond, double p50, double p99, long failed, long answered) {
        static Figures of(List<Wrk.Result> rounds) {
            if (rounds.isEmpty()) {
                return new Figures(0, 0, 0, 0, 0);
            }
            return new Figures(median(rounds, Wrk.Result::perSecond), median(rounds, Wrk.Result::p50),
                    median(rounds, Wrk.Result::p99), rounds.stream().mapToLong(Wrk.Result::failed).sum(),
                    rounds.stream().mapToLong(r -> r.requests() - r.failed()).sum());
        }

        /** A round without answers has no latency: 0 ms there means nothing, so such a target meets no goal. */
        boolean measured() {
            return answered > 0 && perSecond > 0 && p99 > 0;
        }
    }

    private static double median(List<Wrk.Result> rounds, ToDoubleFunction<Wrk.Result> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static void row(StringBuilder table, String measure, Figures figures) {
        table.append("| %s | %.0f | %.2f | %.2f | %d |%n".formatted(measure, figures.perSecond, figures.p50, figures.p99,
                figures.failed));
    }

    private static void ratio(StringBuilder table, String target, double figure, double ceiling, double ratio,
                              String goal, boolean met) {
        table.append("| %s | %.2f | %.2f | %.2f | %s | %s |%n".formatted(target, figure, ceiling, ratio, goal,
                met ? "yes" : "no"));
    }
}
