# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookie shape=hmac_digest_sha256_name expected=false
import hmac
import os

from fastapi import FastAPI, Request

app = FastAPI()
HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


@app.get("/00107")
def benchmark_test_00107(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = hmac.digest(HMAC_KEY, bar.encode("utf-8"), "sha256").hex()
    return {"result": str(result)}
