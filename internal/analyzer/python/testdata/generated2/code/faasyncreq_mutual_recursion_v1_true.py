# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=mutual_recursion sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = ping(param, 4)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
