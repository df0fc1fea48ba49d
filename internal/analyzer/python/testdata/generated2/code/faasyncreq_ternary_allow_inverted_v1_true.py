# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=ternary_allow_inverted sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = param if param not in ALLOWED else "alpha"
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
