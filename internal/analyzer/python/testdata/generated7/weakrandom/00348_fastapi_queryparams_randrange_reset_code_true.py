# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=queryparams shape=randrange_reset_code sink=specific expected=true
import random

from fastapi import FastAPI, Request

app = FastAPI()
RESET_CODES = {}


@app.get("/case-00348")
async def case_00348(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    code = "%06d" % random.randrange(1000000)  # want: PY-WEAK-RANDOM
    RESET_CODES[bar[:32]] = code
    result = len(RESET_CODES)
    return {"result": str(result)}
