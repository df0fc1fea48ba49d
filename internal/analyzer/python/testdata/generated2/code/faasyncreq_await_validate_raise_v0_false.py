# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=await_validate_raise sink=v0 expected=false
import re

from fastapi import FastAPI, Request

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = await validate(param)
    result = str(eval(bar))
    return {"result": result}
