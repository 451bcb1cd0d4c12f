package com.catalog.system.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The read benchmark's table: the median over the rounds of each figure, next to its ceiling and the ratio. A target
 * left out with {@code bench.targets} shows as a row of zeros and meets no goal.
 */
final class ReadBenchReport {

    private static final int FEW = Integer.getInteger("bench.fewConnections", 4);

    private ReadBenchReport() {
    }

    static String of(Map<String, List<Wrk.Result>> results, int products, int categories, int brands, int rounds,
                     Duration run, LocalDate day) {
        Figures constant = figures(results, "constant");
        Figures constantFew = figures(results, "constant-few");
        Figures byId = figures(results, "by-id");
        Figures esSingle = figures(results, "es-search");
        Figures esMsearch = figures(results, "es-msearch");
        Figures esMsearchFew = figures(results, "es-msearch-few");
        // the ceiling of the shape the app sends
        Figures es = ReadBenchSystem.separateFacets() ? esMsearch : esSingle;
        Figures search = figures(results, "search");
        Figures searchFew = figures(results, "search-few");
        Figures suggest = figures(results, "suggest");
        Figures suggestFew = figures(results, "suggest-few");
        Figures esSuggest = figures(results, "es-suggest");
        Figures esSuggestFew = figures(results, "es-suggest-few");
        StringBuilder table = new StringBuilder();
        table.append("## Read path, run of %s: %d products, %d categories, %d brands; wrk -t2 -c32 (and -c%d), %d rounds of %d s (%d cores, Java %s)%n%n"
                .formatted(day, products, categories, brands, FEW, rounds, run.toSeconds(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        table.append("| measure (median of the rounds) | req/s | p50 ms | p99 ms | failed |\n|---|---|---|---|---|\n");
        row(table, "ceiling: constant JSON, query-side stack", constant);
        row(table, "ceiling: constant JSON at wrk -t2 -c" + FEW, constantFew);
        row(table, "`GET /api/v1/products/{id}`", byId);
        row(table, "raw Elasticsearch: one _search, hits + total + facets" + (es == esSingle ? " (ceiling)" : ""), esSingle);
        row(table, "raw Elasticsearch: _msearch, uncounted hits + size-0 facets with request_cache" + (es == esMsearch ? " (ceiling)" : ""),
                esMsearch);
        row(table, "raw Elasticsearch: _msearch at wrk -t2 -c" + FEW, esMsearchFew);
        row(table, "`GET /api/v1/products/search?q=` with facets", search);
        row(table, "`GET /api/v1/products/search?q=` with facets at wrk -t2 -c" + FEW, searchFew);
        row(table, "raw Elasticsearch: the completion suggest", esSuggest);
        row(table, "raw Elasticsearch: the completion suggest at wrk -t2 -c" + FEW, esSuggestFew);
        row(table, "`GET /api/v1/products/suggest?q=`", suggest);
        row(table, "`GET /api/v1/products/suggest?q=` at wrk -t2 -c" + FEW, suggestFew);
        table.append("\n| target | figure | ceiling | ratio | goal | met |\n|---|---|---|---|---|---|\n");
        boolean byIdMeasured = byId.measured() && constant.measured();
        boolean searchMeasured = search.measured() && es.measured();
        ratio(table, "by id req/s vs constant", byId.perSecond, constant.perSecond, byId.perSecond / constant.perSecond,
                "≥ 0.85", byIdMeasured && byId.perSecond / constant.perSecond >= 0.85);
        ratio(table, "by id p99 vs constant p99 (ms)", byId.p99, constant.p99, byId.p99 / constant.p99, "≤ 1.2",
                byIdMeasured && byId.p99 / constant.p99 <= 1.2);
        // the same two ratios within each round, by id right after its ceiling: the machine's own speed moves between
        // rounds (the constant did 6,716-9,288 req/s in one run), so the paired figure is the steadier one
        if (byIdMeasured) {
            double perRound = pairedMedian(results.get("by-id"), results.get("constant"), Wrk.Result::perSecond);
            double p99PerRound = pairedMedian(results.get("by-id"), results.get("constant"), Wrk.Result::p99);
            ratio(table, "by id req/s vs constant, median of the rounds' ratios", byId.perSecond, constant.perSecond,
                    perRound, "≥ 0.85", perRound >= 0.85);
            ratio(table, "by id p99 vs constant p99, median of the rounds' ratios", byId.p99, constant.p99, p99PerRound,
                    "≤ 1.2", p99PerRound <= 1.2);
        }
        ratio(table, "search req/s vs raw Elasticsearch", search.perSecond, es.perSecond, search.perSecond / es.perSecond,
                "≥ 0.60", searchMeasured && search.perSecond / es.perSecond >= 0.60);
        ratio(table, "search p99 (ms) vs raw Elasticsearch p99", search.p99, es.p99, search.p99 / es.p99, "< 50 ms",
                search.measured() && search.p99 < 50);
        ratio(table, "search p99 at -c" + FEW + " (ms) vs raw Elasticsearch msearch p99 at -c" + FEW, searchFew.p99,
                esMsearchFew.p99, searchFew.p99 / esMsearchFew.p99, "< 50 ms", searchFew.measured() && searchFew.p99 < 50);
        ratio(table, "suggest p99 (ms) vs raw Elasticsearch suggest p99", suggest.p99, esSuggest.p99,
                suggest.p99 / esSuggest.p99, "< 10 ms", suggest.measured() && suggest.p99 < 10);
        ratio(table, "suggest p99 at -c" + FEW + " (ms) vs raw Elasticsearch suggest p99 at -c" + FEW, suggestFew.p99,
                esSuggestFew.p99, suggestFew.p99 / esSuggestFew.p99, "< 10 ms", suggestFew.measured() && suggestFew.p99 < 10);
        return table.toString();
    }

    private static Figures figures(Map<String, List<Wrk.Result>> results, String target) {
        return Figures.of(results.getOrDefault(target, List.of()));
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

    /** The median over the rounds of {@code figure(target) / figure(ceiling)}, each ratio within one round. */
    private static double pairedMedian(List<Wrk.Result> target, List<Wrk.Result> ceiling,
                                       ToDoubleFunction<Wrk.Result> figure) {
        double[] ratios = new double[Math.min(target.size(), ceiling.size())];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = figure.applyAsDouble(target.get(round)) / figure.applyAsDouble(ceiling.get(round));
        }
        Arrays.sort(ratios);
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
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
