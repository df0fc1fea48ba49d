# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=match_const_branches sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
