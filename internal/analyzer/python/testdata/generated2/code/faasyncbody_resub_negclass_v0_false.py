# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=resub_negclass sink=v0 expected=false
import re

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = re.sub(r"[^a-z0-9]", "", param)
    result = str(eval(bar))
    return {"result": result}
