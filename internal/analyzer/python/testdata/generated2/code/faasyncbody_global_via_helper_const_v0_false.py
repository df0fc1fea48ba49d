# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=global_via_helper_const sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    remember(param)
    bar = LAST
    result = str(eval(bar))
    return {"result": result}
