# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=paramnames shape=otp_code_randint expected=true
import random

from fastapi import FastAPI, Request

app = FastAPI()
PENDING_OTPS = {}


@app.get("/00115")
def benchmark_test_00115(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    otp_code = "%06d" % random.randint(0, 999999)  # want: PY-WEAK-RANDOM
    PENDING_OTPS[bar[:32]] = otp_code
    result = len(PENDING_OTPS)
    return {"result": str(result)}
