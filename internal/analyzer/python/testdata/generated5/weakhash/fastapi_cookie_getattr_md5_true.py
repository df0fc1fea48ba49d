# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookie shape=getattr_md5 expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00070")
def benchmark_test_00070(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    h = getattr(hashlib, "md5")(bar.encode("utf-8"))  # want: PY-WEAK-HASH
    result = h.hexdigest()
    return {"result": str(result)}
