"""Asks a SPARQL endpoint the given query files with SPARQLWrapper (GET and POST) and prints
{file name: {"vars": [...], "rows": [[value or null, ...], ...]}} as JSON on stdout.
Used by tests/serve.rs to compare with `stancegraph query --format json`."""
import json
import sys
from pathlib import Path

from SPARQLWrapper import JSON, POST, GET, SPARQLWrapper


def ask(endpoint, query, method):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    client.setMethod(method)
    result = client.query().convert()
    names = result["head"]["vars"]
    rows = [[b[v]["value"] if v in b else None for v in names] for b in result["results"]["bindings"]]
    return {"vars": names, "rows": rows}


def main():
    endpoint = sys.argv[1]
    out = {}
    for path in sys.argv[2:]:
        query = Path(path).read_text(encoding="utf-8")
        by_get = ask(endpoint, query, GET)
        by_post = ask(endpoint, query, POST)
        if by_get != by_post:
            sys.exit(f"{path}: GET and POST answers differ")
        out[Path(path).name] = by_get
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
