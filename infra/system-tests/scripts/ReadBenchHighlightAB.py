#!/usr/bin/env python3
"""Highlighting A/B for the read benchmark (docs/benchmarks.md, issue 5): the search body of the query side's shape
(ReadBenchLoad.rawSearch) with the non-fuzzy highlight_query (now) and without it (highlighting the fuzzy
multi_match, before), sent one at a time and interleaved; prints Elasticsearch's median `took` per variant.
Run it while ReadPathBenchmark's system is up:  python3 ReadBenchHighlightAB.py [http://127.0.0.1:19200]"""
import json
import statistics
import sys
import urllib.request

ES = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:19200") + "/catalog-products/_search?request_cache=false"
TEXT = ["name^3", "allNames^2", "brandName^2", "categoryName^2", "shortDescription", "description", "sku",
        "variantSkus", "optionValues"]
HIGHLIGHTED = ["name", "shortDescription", "description", "brandName", "categoryName"]


def body(q, highlight_query):
    b = {"size": 20, "track_total_hits": True,
         "query": {"bool": {"filter": [{"term": {"status": {"value": "PUBLISHED"}}}],
                            "must": [{"multi_match": {"query": q, "fields": TEXT, "fuzziness": "AUTO"}}]}},
         "sort": [{"_score": {"order": "desc"}}, {"id": {"order": "asc", "missing": "_last"}}],
         "highlight": {"encoder": "html", "pre_tags": ["<em>"], "post_tags": ["</em>"],
                       "fields": {f: {"number_of_fragments": 1} for f in HIGHLIGHTED}},
         "aggregations": {
             "categories": {"terms": {"field": "categoryId", "size": 50},
                            "aggregations": {"name": {"terms": {"field": "categoryName.keyword", "size": 1}}}},
             "brands": {"terms": {"field": "brandId", "size": 50},
                        "aggregations": {"name": {"terms": {"field": "brandName.keyword", "size": 1}}}},
             "attributes": {"terms": {"field": "attributePairs", "size": 100}},
             "categoryTree": {"terms": {"field": "categoryId", "size": 2000}}}}
    if highlight_query:
        b["highlight"]["highlight_query"] = {"multi_match": {"query": q, "fields": HIGHLIGHTED}}
    return b


def took(b):
    request = urllib.request.Request(ES, data=json.dumps(b).encode(), headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))["took"]


results = {"highlight_query (now)": [], "fuzzy highlight (before)": []}
for q in ["rustic desk", "oak chair", "walnut lmp"]:
    for _ in range(5):
        results["highlight_query (now)"].append(took(body(q, True)))
        results["fuzzy highlight (before)"].append(took(body(q, False)))
for variant, values in results.items():
    print(f"{variant}: median took {statistics.median(values)} ms over {len(values)} requests")
