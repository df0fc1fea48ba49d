# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=validator_wrong_var sink=v0 expected=true
import re

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    other = "alpha"
    if not is_valid(other):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
