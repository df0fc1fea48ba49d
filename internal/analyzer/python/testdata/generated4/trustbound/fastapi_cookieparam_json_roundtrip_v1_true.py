# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookieparam shape=json_roundtrip sink=v1 expected=true
import json

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00286")
def benchmark_test_00286(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    payload = json.dumps({"q": param})
    bar = json.loads(payload)["q"]
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
