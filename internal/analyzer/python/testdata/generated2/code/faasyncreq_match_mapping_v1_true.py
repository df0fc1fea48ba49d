# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=match_mapping sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    match {"k": param}:
        case {"k": v}:
            bar = v
        case _:
            bar = "default"
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
