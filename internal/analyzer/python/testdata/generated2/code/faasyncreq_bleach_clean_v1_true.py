# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=bleach_clean sink=v1 expected=true
import bleach

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = bleach.clean(param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
