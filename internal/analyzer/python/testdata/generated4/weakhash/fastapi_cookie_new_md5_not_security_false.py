# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookie shape=new_md5_not_security sink=config expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00556")
def benchmark_test_00556(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = hashlib.new("md5", bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return {"result": str(result)}
