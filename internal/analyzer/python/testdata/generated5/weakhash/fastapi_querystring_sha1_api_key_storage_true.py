# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=querystring shape=sha1_api_key_storage expected=true
import hashlib
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
API_KEYS = {}


@app.get("/00080")
def benchmark_test_00080(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    api_key = bar
    stored_digest = hashlib.sha1(api_key.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    API_KEYS[stored_digest] = True
    result = len(API_KEYS)
    return {"result": str(result)}
