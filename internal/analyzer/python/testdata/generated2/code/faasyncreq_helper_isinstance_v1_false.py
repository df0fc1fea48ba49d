# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=helper_isinstance sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = coerce(param)
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
