# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=query propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00578")
def benchmark_test_00578(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return {"result": str(result)}
