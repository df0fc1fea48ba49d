# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=validator_weak sink=v0 expected=true
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_short(value):
    return len(value) < 64


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
