# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=enumerate_value sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
