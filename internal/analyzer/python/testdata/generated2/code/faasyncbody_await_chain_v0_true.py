# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=await_chain sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await outer(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
