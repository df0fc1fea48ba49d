# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=closure_lambda sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    get = lambda: param
    bar = get()
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
