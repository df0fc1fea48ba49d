# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=with_ctx sink=v1 expected=true
import contextlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
