# generated case (gen_cases6): category=xxe rule=PY-XXE fw=fastapi source=multi shape=lxml_xml_resolving sink=specific expected=true
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()


@app.get("/00471")
def benchmark_test_00471(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.XML(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.tag
    return {"result": str(result)}
