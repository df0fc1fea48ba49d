# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=querystring shape=dictcomp_other_key sink=v1 expected=false
import jinja2
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00138")
def benchmark_test_00138(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    fields = {k: v for k, v in [("term", param), ("mode", "basic")]}
    bar = fields["mode"]
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
