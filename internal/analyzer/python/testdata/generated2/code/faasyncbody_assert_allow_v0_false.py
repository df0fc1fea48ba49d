# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=assert_allow sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    assert param in ALLOWED
    bar = param
    result = str(eval(bar))
    return {"result": result}
