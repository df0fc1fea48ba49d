# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=dict_allow_get sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get(param, "alpha")
    result = str(eval(bar))
    return {"result": result}
