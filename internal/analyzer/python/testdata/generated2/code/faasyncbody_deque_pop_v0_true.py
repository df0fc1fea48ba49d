# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=deque_pop sink=v0 expected=true
import collections

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
