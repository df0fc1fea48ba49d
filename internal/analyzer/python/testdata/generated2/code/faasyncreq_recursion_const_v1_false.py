# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=recursion_const sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = unwrap(param, 3)
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
