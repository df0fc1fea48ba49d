# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=querystring shape=genexp_alnum sink=v2 expected=false
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00248")
def benchmark_test_00248(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = "".join(ch for ch in param if ch.isalnum())
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
