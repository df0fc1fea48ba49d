# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=resub_negclass_compiled sink=v0 expected=false
import re

from fastapi import FastAPI, Request

app = FastAPI()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = NOT_ALNUM.sub("", param)
    result = str(eval(bar))
    return {"result": result}
