# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=assert_isalnum sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    assert param.isalnum()
    bar = param
    result = str(eval(bar))
    return {"result": result}
