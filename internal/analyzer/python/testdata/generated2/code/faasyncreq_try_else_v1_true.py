# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=try_else sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    try:
        n = len(param)
    except TypeError:
        n = 0
    else:
        n = param
    bar = str(n)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
