# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=cookie propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00350")
def benchmark_test_00350(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return {"result": str(result)}
