# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=await_int sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return str(int(value))


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await normalize(param)
    result = str(eval(bar))
    return {"result": result}
