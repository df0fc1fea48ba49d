# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=validator_guard sink=v1 expected=false
import re

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    if not is_valid(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
