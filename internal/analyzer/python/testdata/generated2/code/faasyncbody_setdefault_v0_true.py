# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=setdefault sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    m = {}
    m.setdefault("k", param)
    bar = m["k"]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
