# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=await_const sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return "safe"


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = await normalize(param)
    result = str(eval(bar))
    return {"result": result}
