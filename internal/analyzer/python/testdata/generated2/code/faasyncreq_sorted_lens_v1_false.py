# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=sorted_lens sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = str(sorted([len(param), 3])[0])
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
