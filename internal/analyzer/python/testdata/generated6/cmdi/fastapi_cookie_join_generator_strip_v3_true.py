# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=cookie shape=join_generator_strip sink=v3 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00205")
def benchmark_test_00205(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = "-".join(p.strip() for p in param.split(","))
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
