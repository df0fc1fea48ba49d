# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=async_listcomp sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


async def chars(value):
    for c in value:
        yield c


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = "".join([c async for c in chars(param)])
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
