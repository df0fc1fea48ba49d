# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=form shape=secrets_otp expected=false
import secrets

from fastapi import FastAPI, Request

app = FastAPI()
PENDING_OTPS = {}


@app.post("/00142")
async def benchmark_test_00142(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    otp_code = "%06d" % secrets.randbelow(1000000)
    PENDING_OTPS[bar[:32]] = otp_code
    result = len(PENDING_OTPS)
    return {"result": str(result)}
