# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookie variant=new_fold_md5 expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00655")
def benchmark_test_00655(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    algorithm = "sha256" if (7 * 18) + 106 < 200 else "md5"
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
