# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=querystring shape=hmac_sha256 expected=false
import hashlib
import hmac
import os
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


@app.get("/00106")
def benchmark_test_00106(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), hashlib.sha256)
    result = mac.hexdigest()
    return {"result": str(result)}
