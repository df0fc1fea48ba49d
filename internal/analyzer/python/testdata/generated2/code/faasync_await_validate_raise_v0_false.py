# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=await_validate_raise sink=v0 expected=false
import re

from fastapi import FastAPI

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = await validate(param)
    result = str(eval(bar))
    return {"result": result}
