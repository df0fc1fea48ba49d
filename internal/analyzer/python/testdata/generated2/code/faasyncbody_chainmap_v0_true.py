# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=chainmap sink=v0 expected=true
import collections

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
