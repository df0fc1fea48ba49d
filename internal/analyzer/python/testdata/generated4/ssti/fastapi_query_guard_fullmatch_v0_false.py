# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=query shape=guard_fullmatch sink=v0 expected=false
import jinja2
import re

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.get("/00149")
def benchmark_test_00149(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
