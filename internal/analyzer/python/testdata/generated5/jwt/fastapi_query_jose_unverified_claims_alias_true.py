# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=query shape=jose_unverified_claims_alias expected=true
from fastapi import FastAPI, Request
from jose.jwt import get_unverified_claims

app = FastAPI()


@app.get("/00209")
def benchmark_test_00209(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    claims = get_unverified_claims(bar)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}
