#!/usr/bin/env python3
"""Search query A/B for the read benchmark (docs/benchmarks.md, issue 5, session 5): variants of the page-of-hits
request the query side sends (ReadBenchLoad.rawMsearch's first body), each sent for the benchmark's 200 queries
(ReadBenchLoad.queries: the same Java Random(5), one in ten with a typo), one request at a time, variants interleaved
round by round. Per variant: Elasticsearch's CPU per search (the node's process CPU over the variant's requests,
divided by their number; the requests run one at a time, so nothing else of the benchmark runs meanwhile), the
median `took`, and the mean number of hits found per query (how much typo tolerance a variant keeps). `--profile`
also prints Elasticsearch's profile of one query per variant (query, rewrite, collector and fetch times).

Run it against the benchmark's Elasticsearch while it holds the seeded index (e.g. started by ReadPathBenchmark, or
alone on the kept data):  python3 ReadBenchQueryAB.py [http://127.0.0.1:19200] [--rounds 3] [--profile]"""
import argparse
import json
import statistics
import urllib.request

TEXT = ["name^3", "allNames^2", "brandName^2", "categoryName^2", "shortDescription", "description", "sku",
        "variantSkus", "optionValues"]
NAMES = ["name^3", "allNames^2", "brandName^2", "categoryName^2"]
EXACT = ["shortDescription", "description", "sku", "variantSkus", "optionValues"]
HIGHLIGHTED = ["name", "shortDescription", "description", "brandName", "categoryName"]
SHORT = ["name", "brandName", "categoryName"]
RESULT = ["id", "name", "slug", "shortDescription", "description", "sku", "price", "prices", "categoryId",
          "categoryName", "brandId", "brandName", "featured", "status", "createdAt"]
ADJECTIVES = ["Classic", "Modern", "Rustic", "Compact", "Deluxe", "Vintage", "Sturdy", "Light", "Premium", "Eco",
              "Smart", "Slim", "Robust", "Elegant", "Portable", "Silent", "Bright", "Cosy", "Urban", "Nordic"]
MATERIALS = ["Oak", "Walnut", "Steel", "Cotton", "Wool", "Leather", "Bamboo", "Glass", "Ceramic", "Linen", "Copper",
             "Marble", "Cork", "Denim", "Silk"]
NOUNS = ["Desk", "Chair", "Lamp", "Shelf", "Table", "Sofa", "Bench", "Stool", "Cabinet", "Mirror", "Rug", "Vase",
         "Clock", "Basket", "Blanket", "Pillow", "Kettle", "Mug", "Backpack", "Jacket", "Boot", "Sneaker", "Watch",
         "Wallet", "Bottle"]


class JavaRandom:
    """java.util.Random, so the queries are the benchmark's."""

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return self.seed >> (48 - bits)

    def next_int(self, bound):
        r = self.next(31)
        m = bound - 1
        if bound & m == 0:
            return (bound * r) >> 31
        u = r
        while True:
            r = u % bound
            if u - r + m < (1 << 31):
                return r
            u = self.next(31)

    def next_boolean(self):
        return self.next(1) != 0


def queries(count=200):
    random = JavaRandom(5)
    result = []
    for i in range(count):
        first = MATERIALS if random.next_boolean() else ADJECTIVES
        q = (first[random.next_int(len(first))] + " " + NOUNS[random.next_int(len(NOUNS))]).lower()
        if i % 10 == 9:
            at = q.index(" ") + 2
            q = q[:at] + q[at + 1:]
        result.append(q)
    return result


def name(product):
    """ReadBenchCatalog.name"""
    c = product % (len(ADJECTIVES) * len(MATERIALS) * len(NOUNS))
    return "%s %s %s %d" % (ADJECTIVES[c % len(ADJECTIVES)], MATERIALS[c // len(ADJECTIVES) % len(MATERIALS)],
                            NOUNS[c // (len(ADJECTIVES) * len(MATERIALS))],
                            product // (len(ADJECTIVES) * len(MATERIALS) * len(NOUNS)) + 1)


def prefixes(count=200):
    """ReadBenchLoad.prefixes"""
    random = JavaRandom(7)
    result = []
    for _ in range(count):
        n = name(random.next_int(7500)).lower()
        result.append(n[:2 + random.next_int(min(10, len(n) - 2))])
    return result


def suggest(prefix, fuzziness):
    completion = {"field": "publishedSuggest", "size": 10, "skip_duplicates": True}
    if fuzziness is not None:
        completion["fuzzy"] = {"fuzziness": fuzziness, "min_length": 4}
    return {"size": 0, "_source": False, "track_total_hits": False,
            "suggest": {"names": {"prefix": prefix, "completion": completion}}}


SUGGEST_VARIANTS = {
    "suggest before: fuzziness AUTO from 4 characters (two edits from 6)": lambda p: suggest(p, "AUTO"),
    "suggest: fuzziness 1 from 4 characters": lambda p: suggest(p, 1),
    "suggest: no fuzziness": lambda p: suggest(p, None),
}


def fuzzy(q, fields, **options):
    return {"multi_match": {"query": q, "fields": fields, "fuzziness": "AUTO", **options}}


def names_fuzzy(q, **options):
    """Fuzzy over the names, exact over descriptions and SKUs: one dis_max, as best_fields is over all fields."""
    return {"dis_max": {"queries": [fuzzy(q, NAMES, **options), {"multi_match": {"query": q, "fields": EXACT}}]}}


def body(q, match, highlight="one-fragment"):
    b = {"size": 20, "track_total_hits": False, "_source": {"includes": RESULT},
         "query": {"bool": {"filter": [{"term": {"status": {"value": "PUBLISHED"}}}], "must": [match]}},
         "sort": [{"_score": {"order": "desc"}}, {"id": {"order": "asc", "missing": "_last"}}]}
    if highlight:
        fields = {f: {"number_of_fragments": 0 if highlight == "whole-short" and f in SHORT else 1} for f in HIGHLIGHTED}
        b["highlight"] = {"encoder": "html", "pre_tags": ["<em>"], "post_tags": ["</em>"], "fields": fields,
                          "highlight_query": {"multi_match": {"query": q, "fields": HIGHLIGHTED}}}
    return b


VARIANTS = {
    "before: fuzzy AUTO on 9 fields": lambda q: body(q, fuzzy(q, TEXT)),
    "all 9 fuzzy, prefix_length 1, max_expansions 10": lambda q: body(q, fuzzy(q, TEXT, prefix_length=1, max_expansions=10)),
    "fuzzy on names only (dis_max with exact rest)": lambda q: body(q, names_fuzzy(q)),
    "names fuzzy + prefix_length 1": lambda q: body(q, names_fuzzy(q, prefix_length=1)),
    "names fuzzy + prefix_length 1 + max_expansions 10": lambda q: body(q, names_fuzzy(q, prefix_length=1, max_expansions=10)),
    "names fuzzy + p1 + e10, no transpositions": lambda q: body(q, names_fuzzy(q, prefix_length=1, max_expansions=10,
                                                                             fuzzy_transpositions=False)),
    "names fuzzy + p1 + e10, whole short fields highlighted": lambda q: body(q, names_fuzzy(q, prefix_length=1, max_expansions=10), "whole-short"),
    "exact only (two-phase, first phase)": lambda q: body(q, {"multi_match": {"query": q, "fields": TEXT}}),
    "before, no highlighting": lambda q: body(q, fuzzy(q, TEXT), None),
}


def post(url, payload):
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))


def cpu_millis(es):
    nodes = json.load(urllib.request.urlopen(es + "/_nodes/stats/process"))["nodes"]
    return sum(n["process"]["cpu"]["total_in_millis"] for n in nodes.values())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("es", nargs="?", default="http://127.0.0.1:19200")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", choices=["search", "suggest"])
    args = parser.parse_args()
    url = args.es + "/catalog-products/_search?request_cache=false"
    if args.only != "suggest":
        compare(args, url, VARIANTS, queries(), lambda answer: len(answer["hits"]["hits"]), "hits on the page")
    if args.only != "search":
        # suggest is ~1 ms: five times the prefixes per round, so the node's CPU counter (ms) moves enough
        compare(args, url, SUGGEST_VARIANTS, prefixes() * 5,
                lambda answer: len(answer["suggest"]["names"][0]["options"]), "suggestions")
    if args.profile:
        for name, make in VARIANTS.items():
            profile(args.es, name, make("rustic dek"))


def compare(args, url, variants, qs, found, what):
    for make in variants.values():  # warm-up: every variant once over all queries
        for q in qs:
            post(url, make(q))
    cpu = {name: [] for name in variants}
    took = {name: [] for name in variants}
    hits = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, make in variants.items():
            start = cpu_millis(args.es)
            for q in qs:
                answer = post(url, make(q))
                took[name].append(answer["took"])
                hits[name].append(found(answer))
            cpu[name].append((cpu_millis(args.es) - start) / len(qs))
    print("| variant | ES CPU ms per request (median of %d rounds) | median took ms | mean %s |" % (args.rounds, what))
    print("|---|---|---|---|")
    for name in variants:
        print("| %s | %.2f | %s | %.1f |" % (name, statistics.median(cpu[name]), statistics.median(took[name]),
                                          statistics.mean(hits[name])))


def profile(es, name, b):
    b["profile"] = True
    shard = post(es + "/catalog-products/_search?request_cache=false", b)["profile"]["shards"][0]
    search = shard["searches"][0]
    query_ms = sum(q["time_in_nanos"] for q in search["query"]) / 1e6
    fetch_ms = shard.get("fetch", {}).get("time_in_nanos", 0) / 1e6
    print("%s: rewrite %.2f ms, query %.2f ms, collector %.2f ms, fetch %.2f ms" % (
        name, search["rewrite_time"] / 1e6, query_ms, sum(c["time_in_nanos"] for c in search["collector"]) / 1e6, fetch_ms))
    for child in shard.get("fetch", {}).get("children", []):
        print("    fetch %s: %.2f ms" % (child["type"], child["time_in_nanos"] / 1e6))


if __name__ == "__main__":
    main()
