# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=collapse_ws sink=v0 expected=true
import re

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = re.sub(r"\s+", " ", param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
