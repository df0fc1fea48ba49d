# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=await_ident sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = await normalize(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
