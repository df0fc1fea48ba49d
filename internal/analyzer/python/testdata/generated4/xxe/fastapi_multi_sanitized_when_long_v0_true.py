# generated case (gen_cases4): category=xxe rule=PY-XXE fw=fastapi source=multi shape=sanitized_when_long sink=v0 expected=true
import re

from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()


@app.get("/00061")
def benchmark_test_00061(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    if len(bar) > 32:
        bar = re.sub(r"[^A-Za-z0-9]", "", bar)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
