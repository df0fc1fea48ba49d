# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=query shape=dictcomp_key sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00133")
def benchmark_test_00133(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    fields = {k: v for k, v in [("term", param), ("mode", "basic")]}
    bar = fields["term"]
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
