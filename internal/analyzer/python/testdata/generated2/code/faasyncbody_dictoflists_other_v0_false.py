# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=dictoflists_other sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["a"][0]
    result = str(eval(bar))
    return {"result": result}
