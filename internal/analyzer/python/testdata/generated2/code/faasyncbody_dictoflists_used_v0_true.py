# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=dictoflists_used sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["b"][1]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
