# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam shape=function_alias_secrets sink=specific expected=false
import secrets

from fastapi import FastAPI, Form, Request

app = FastAPI()
PENDING_OTPS = {}


@app.post("/case-00336")
async def case_00336(request: Request, q: str = Form("")):
    param = q
    bar = param
    gen = secrets.randbelow
    otp = "%06d" % gen(1000000)
    PENDING_OTPS[bar[:32]] = otp
    result = len(PENDING_OTPS)
    return {"result": str(result)}
