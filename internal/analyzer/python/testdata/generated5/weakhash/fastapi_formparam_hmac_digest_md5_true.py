# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=formparam shape=hmac_digest_md5 expected=true
import hmac
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()
HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


@app.post("/00075")
def benchmark_test_00075(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    result = hmac.digest(HMAC_KEY, bar.encode("utf-8"), "md5").hex()  # want: PY-WEAK-HASH
    return {"result": str(result)}
