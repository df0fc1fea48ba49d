# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=listofdicts_other sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[0]["n"]
    result = str(eval(bar))
    return {"result": result}
