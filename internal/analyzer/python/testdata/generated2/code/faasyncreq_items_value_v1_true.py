# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=items_value sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    for _k, v in {"p": param}.items():
        bar = v
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
