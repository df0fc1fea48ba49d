# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=querystring variant=new_sha1_upper expected=true
import hashlib
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00661")
def benchmark_test_00661(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = hashlib.new("SHA1", bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
