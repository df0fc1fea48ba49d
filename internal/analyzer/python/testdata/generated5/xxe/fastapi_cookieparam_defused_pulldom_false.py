# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=cookieparam shape=defused_pulldom expected=false
import defusedxml.pulldom

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00307")
def benchmark_test_00307(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    events = defusedxml.pulldom.parseString(bar)
    result = sum(1 for _ in events)
    return {"result": str(result)}
