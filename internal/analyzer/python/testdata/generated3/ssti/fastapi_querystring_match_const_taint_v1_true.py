# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=querystring propagation=match_const_taint sink=v1 expected=true
import jinja2
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00257")
def benchmark_test_00257(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
