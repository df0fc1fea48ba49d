# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=cookie variant=jose_unverified expected=true
from fastapi import FastAPI, Request
from jose import jwt as jose_jwt

app = FastAPI()


@app.get("/00775")
def benchmark_test_00775(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    claims = jose_jwt.get_unverified_claims(bar)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}
