# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=async_listcomp sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


async def chars(value):
    for c in value:
        yield c


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = "".join([c async for c in chars(param)])
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
