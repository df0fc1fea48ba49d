# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=helper_int sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = to_int_str(param)
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
