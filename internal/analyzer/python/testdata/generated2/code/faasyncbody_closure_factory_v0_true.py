# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=closure_factory sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


def make_getter(value):
    def getter():
        return value
    return getter


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = make_getter(param)()
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
