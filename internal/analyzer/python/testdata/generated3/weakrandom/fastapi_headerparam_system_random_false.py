# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=headerparam variant=system_random expected=false
import random

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00732")
def benchmark_test_00732(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    otp = str(random.SystemRandom().randint(100000, 999999))
    result = len(otp + bar)
    return {"result": str(result)}
