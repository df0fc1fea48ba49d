# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=paramnames shape=pulldom_unsafe_sax_parser expected=true
import xml.sax

from fastapi import FastAPI, Request
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

app = FastAPI()


@app.get("/00297")
def benchmark_test_00297(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(bar, parser=sax_parser)  # want: PY-XXE
    result = sum(1 for _ in events)
    return {"result": str(result)}
