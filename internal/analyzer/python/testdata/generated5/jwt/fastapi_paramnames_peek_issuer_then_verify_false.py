# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=paramnames shape=peek_issuer_then_verify expected=false
import jwt

from fastapi import FastAPI, Request

app = FastAPI()
ISSUER_KEYS = {"https://id.example.com": open("/etc/app/id-public.pem").read()}


@app.get("/00214")
def benchmark_test_00214(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    unverified = jwt.decode(bar, options={"verify_signature": False})
    key = ISSUER_KEYS[unverified["iss"]]
    claims = jwt.decode(bar, key, algorithms=["RS256"], issuer=unverified["iss"])
    result = claims.get("sub")
    return {"result": str(result)}
