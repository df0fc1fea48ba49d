# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=to_thread sink=v0 expected=true
import asyncio

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await asyncio.to_thread(str.strip, param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
